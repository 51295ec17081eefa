namespace CognitoKit;

/// <summary>What a <see cref="CognitoKitEvent"/> reports.</summary>
public enum CognitoKitEventKind
{
    /// <summary>A user signed in and got a session: by SRP or password, after the last challenge, or through the hosted UI.</summary>
    SignedIn = 0,

    /// <summary>A session's tokens were refreshed.</summary>
    Refreshed = 1,

    /// <summary>Cognito refused a session's refresh token (revoked, expired, user gone): the session has ended.</summary>
    RefreshRefused = 2,

    /// <summary>A user signed out: this session (<see cref="CognitoKitEvent.Everywhere"/> false) or on every device (true).</summary>
    SignedOut = 3,

    /// <summary>Identity-pool AWS credentials were issued or renewed.</summary>
    CredentialsRenewed = 4,
}
