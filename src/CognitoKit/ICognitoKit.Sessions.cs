using CognitoKit.Tokens;

namespace CognitoKit;

/// <summary>Sessions after sign-in, and token validation.</summary>
public partial interface ICognitoKit
{
    /// <summary>Keeps users' sessions between requests in the registered <see cref="ICognitoSessionStore"/>, and restores snapshots.</summary>
    ICognitoSessions Sessions { get; }

    /// <summary>
    /// Validates this pool's ID and access tokens (signature, issuer, <c>token_use</c>, app client, lifetime), configured
    /// from these options: the same validator an API can inject as <see cref="ICognitoTokenValidator"/>.
    /// </summary>
    ICognitoTokenValidator Tokens { get; }
}
