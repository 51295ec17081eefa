namespace CognitoKit.Testing.OAuth;

/// <summary>An authorize request waiting for the user to sign in on the hosted page or at a social provider.</summary>
internal sealed record PendingAuthorization(
    string Id,
    string PoolId,
    string ClientId,
    string RedirectUri,
    IReadOnlyList<string> Scopes,
    string? State,
    string? Nonce,
    string? CodeChallenge,
    string? LoginHint,
    DateTimeOffset ExpiresAt);

/// <summary>An authorization code: single use, five minutes, bound to client, redirect URI and PKCE challenge.</summary>
internal sealed record IssuedCode(
    string PoolId,
    string ClientId,
    string RedirectUri,
    IReadOnlyList<string> Scopes,
    string? Nonce,
    string? CodeChallenge,
    string Sub,
    DateTimeOffset AuthTime,
    DateTimeOffset ExpiresAt);

/// <summary>The domain's own sign-in session (its cookie): lets a second authorize skip the password, until /logout.</summary>
internal sealed record HostedSession(string PoolId, string Sub, DateTimeOffset AuthTime);
