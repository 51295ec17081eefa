using CognitoKit.Tokens;
using CognitoKit.Tokens.Validation;

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
    private readonly string _userPoolId;
    private readonly string? _issuer;
    private readonly string? _clientId;

    private SessionOwner(string userPoolId, string? issuer, string? clientId)
    {
        _userPoolId = userPoolId;
        _issuer = issuer;
        _clientId = clientId;
    }

    /// <summary>The pool and client of validated options.</summary>
    /// <remarks>The pool is told by the pool id that ends the issuer, not by the whole issuer: an instance reaching the
    /// pool through another endpoint (a proxy, a private endpoint, an emulator's other port) still owns its sessions.</remarks>
    public static SessionOwner Of(CognitoKitOptions kit) => new(
        kit.UserPoolId ?? string.Empty,
        kit.Issuer?.AbsoluteUri.TrimEnd('/'),
        string.IsNullOrEmpty(kit.ClientId) ? null : kit.ClientId);

    /// <exception cref="CognitoSessionPoolMismatchException">The tokens name another pool or app client.</exception>
    public void ThrowIfOfAnotherPool(string idToken, string accessToken, string parameterName)
    {
        foreach (string token in (ReadOnlySpan<string>)[idToken, accessToken])
        {
            if (UnverifiedJwtReader.ReadString(token, "iss") is { } issuer && !IsOwnIssuer(issuer.TrimEnd('/')))
            {
                throw new CognitoSessionPoolMismatchException(
                    $"The session was issued by '{issuer}', not by this instance's user pool '{_userPoolId}': "
                    + "restore or save it with the CognitoKit instance of its own pool.",
                    parameterName);
            }
        }

        string? client = UnverifiedJwtReader.ReadString(accessToken, "client_id") ?? UnverifiedJwtReader.ReadString(idToken, "aud");
        if (_clientId is not null && client is not null && !string.Equals(client, _clientId, StringComparison.Ordinal))
        {
            throw new CognitoSessionPoolMismatchException(
                $"The session belongs to the app client '{client}', not to this instance's app client '{_clientId}': "
                + "restore or save it with the CognitoKit instance of its own app client.",
                parameterName);
        }
    }

    private bool IsOwnIssuer(string issuer) =>
        string.Equals(issuer, _issuer, StringComparison.Ordinal)
        || (_userPoolId.Length > 0 && issuer.EndsWith("/" + _userPoolId, StringComparison.Ordinal));
}
