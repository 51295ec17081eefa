using CognitoKit.Tokens;

namespace CognitoKit.Sessions;

/// <summary>
/// The user pool and app client an instance's sessions belong to, so a session (or a stored snapshot) of one pool is
/// never saved, restored or refreshed by an instance configured for another.
/// </summary>
/// <remarks>
/// The tokens are read without verifying them: a snapshot comes from the app's own store, and the check is there to
/// stop a mix-up, not a forgery (Cognito refuses a refresh token of another pool or client anyway, but only at the
/// first refresh, possibly much later). A token without the claim is not refused here.
/// </remarks>
internal sealed class SessionOwner
{
    private readonly IReadOnlyList<string> _issuers;
    private readonly string? _clientId;

    private SessionOwner(IReadOnlyList<string> issuers, string? clientId)
    {
        _issuers = issuers;
        _clientId = clientId;
    }

    /// <summary>The pool and client of validated options.</summary>
    public static SessionOwner Of(CognitoKitOptions kit) =>
        new(CognitoKitTokenValidationSetup.IssuersOf(kit), string.IsNullOrEmpty(kit.ClientId) ? null : kit.ClientId);

    /// <exception cref="CognitoSessionPoolMismatchException">The tokens name another issuer or app client.</exception>
    public void ThrowIfOfAnotherPool(string idToken, string accessToken, string parameterName)
    {
        foreach (string token in (ReadOnlySpan<string>)[idToken, accessToken])
        {
            if (UnverifiedJwtReader.ReadString(token, "iss") is { } issuer && !_issuers.Contains(issuer.TrimEnd('/'), StringComparer.Ordinal))
            {
                throw new CognitoSessionPoolMismatchException(
                    $"The session belongs to the user pool with issuer '{issuer}', not to this instance's pool ('{_issuers[0]}'): "
                    + "restore or save it with the CognitoKit instance of its own pool.",
                    parameterName);
            }
        }

        string? client = UnverifiedJwtReader.ReadString(accessToken, "client_id") ?? UnverifiedJwtReader.ReadString(idToken, "aud");
        if (_clientId is not null && client is not null && !string.Equals(client, _clientId, StringComparison.Ordinal))
        {
            throw new CognitoSessionPoolMismatchException(
                $"The session belongs to the app client '{client}', not to this instance's app client ('{_clientId}'): "
                + "restore or save it with the CognitoKit instance of its own app client.",
                parameterName);
        }
    }
}
