namespace CognitoKit;

/// <summary>What an <see cref="ICognitoDeviceKeeper"/> keeps a device under: the user pool and the username the user signs in with.</summary>
/// <param name="UserPoolId">The user pool id, such as <c>us-east-1_AbC123</c>.</param>
/// <param name="Username">The username as the user types it at sign-in (a username, or an email or phone number used as one).</param>
public sealed record KeptDeviceKey(string UserPoolId, string Username)
{
    /// <summary>The key of <paramref name="username"/>'s device in <paramref name="userPoolId"/>.</summary>
    /// <param name="userPoolId">The user pool id.</param>
    /// <param name="username">The username as typed at sign-in.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">Either is empty.</exception>
    public static KeptDeviceKey For(string userPoolId, string username)
    {
        ArgumentException.ThrowIfNullOrEmpty(userPoolId);
        ArgumentException.ThrowIfNullOrEmpty(username);
        return new KeptDeviceKey(userPoolId, username);
    }

    /// <summary>A flat text form, handy as a key in a distributed cache: <c>{pool}|{username}</c>.</summary>
    /// <returns>The key as text.</returns>
    public override string ToString() => UserPoolId + "|" + Username;
}
