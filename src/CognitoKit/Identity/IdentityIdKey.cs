namespace CognitoKit;

/// <summary>
/// What an identity id is remembered under: the identity pool and the login (provider name and the user's
/// <c>sub</c>), or the identity pool alone for this app's guest identity.
/// </summary>
/// <param name="IdentityPoolId">The identity pool id, such as <c>us-east-1:4f9c1d2e-...</c>.</param>
/// <param name="Provider">The login provider (the user pool's issuer without the scheme); null for a guest.</param>
/// <param name="Subject">The user's <c>sub</c>; null for a guest.</param>
public sealed record IdentityIdKey(string IdentityPoolId, string? Provider, string? Subject)
{
    /// <summary>Whether this is the key of the app's guest (unauthenticated) identity.</summary>
    public bool IsGuest => Subject is null;

    /// <summary>The key of a signed-in user's identity.</summary>
    /// <param name="identityPoolId">The identity pool id.</param>
    /// <param name="provider">The login provider name.</param>
    /// <param name="subject">The user's <c>sub</c>.</param>
    /// <returns>The key.</returns>
    public static IdentityIdKey ForUser(string identityPoolId, string provider, string subject)
    {
        ArgumentException.ThrowIfNullOrEmpty(identityPoolId);
        ArgumentException.ThrowIfNullOrEmpty(provider);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        return new IdentityIdKey(identityPoolId, provider, subject);
    }

    /// <summary>The key of the app's guest identity in an identity pool.</summary>
    /// <param name="identityPoolId">The identity pool id.</param>
    /// <returns>The key.</returns>
    public static IdentityIdKey ForGuest(string identityPoolId)
    {
        ArgumentException.ThrowIfNullOrEmpty(identityPoolId);
        return new IdentityIdKey(identityPoolId, null, null);
    }

    /// <summary>A flat text form, handy as a key in a distributed cache: <c>{pool}|{provider}|{sub}</c> or <c>{pool}|guest</c>.</summary>
    /// <returns>The key as text.</returns>
    public override string ToString() => IsGuest ? IdentityPoolId + "|guest" : $"{IdentityPoolId}|{Provider}|{Subject}";
}
