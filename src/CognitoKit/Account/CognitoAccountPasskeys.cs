using System.Net;
using System.Text.Json;
using CognitoKit.Account;
using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;

namespace CognitoKit;

/// <summary>
/// The signed-in user's passkeys: register one (two steps, with the browser's <c>navigator.credentials.create</c> in
/// between), list them, delete one. The browser does the WebAuthn ceremony; CognitoKit carries its JSON to and from
/// Cognito, which checks it as the relying party.
/// </summary>
public sealed class CognitoAccountPasskeys
{
    // ListWebAuthnCredentials allows at most 20 per page.
    private const int PageSize = 20;

    private readonly AccountContext _context;

    internal CognitoAccountPasskeys(AccountContext context) => _context = context;

    /// <summary>
    /// Starts registering a passkey (<c>StartWebAuthnRegistration</c>). Hand the JSON to the browser:
    /// <c>navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })</c>,
    /// then pass <c>credential.toJSON()</c> to <see cref="CompleteRegistrationAsync"/>. The options carry a one-time
    /// challenge: starting again replaces it.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The <c>PublicKeyCredentialCreationOptionsJSON</c> object, as JSON text.</returns>
    /// <exception cref="WebAuthnNotEnabledException">The pool does not allow passkeys.</exception>
    /// <exception cref="WebAuthnConfigurationMissingException">The pool has no relying party id.</exception>
    public async Task<string> StartRegistrationAsync(CancellationToken cancellationToken = default)
    {
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        StartWebAuthnRegistrationResponse response = await _context.Client.StartWebAuthnRegistrationAsync(
            new StartWebAuthnRegistrationRequest { AccessToken = token }, cancellationToken).ConfigureAwait(false);
        return response.CredentialCreationOptions is { ValueKind: JsonValueKind.Object } options
            ? options.GetRawText()
            : throw new CognitoProtocolException("Cognito's StartWebAuthnRegistration answer has no CredentialCreationOptions object.", null, HttpStatusCode.OK);
    }

    /// <summary>
    /// Finishes registering a passkey (<c>CompleteWebAuthnRegistration</c>) with what the browser made from the options
    /// of <see cref="StartRegistrationAsync"/>.
    /// </summary>
    /// <param name="credentialJson">The browser's <c>JSON.stringify(credential.toJSON())</c> (a <c>RegistrationResponseJSON</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the passkey is registered.</returns>
    /// <exception cref="ArgumentException"><paramref name="credentialJson"/> is not a JSON object with <c>id</c> and <c>response</c>.</exception>
    /// <exception cref="WebAuthnChallengeNotFoundException">No registration is pending, or it expired.</exception>
    /// <exception cref="WebAuthnOriginNotAllowedException">The page's origin does not belong to the relying party.</exception>
    /// <exception cref="WebAuthnRelyingPartyMismatchException">The passkey was made for another relying party id.</exception>
    /// <exception cref="WebAuthnClientMismatchException">Another app client started the registration.</exception>
    /// <exception cref="WebAuthnCredentialNotSupportedException">The authenticator, algorithm or attestation is not accepted.</exception>
    public async Task CompleteRegistrationAsync(string credentialJson, CancellationToken cancellationToken = default)
    {
        JsonElement credential = PasskeyJson.CredentialObject(credentialJson, nameof(credentialJson));
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        await _context.Client.CompleteWebAuthnRegistrationAsync(
            new CompleteWebAuthnRegistrationRequest { AccessToken = token, Credential = credential }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists the user's passkeys (<c>ListWebAuthnCredentials</c>, every page).</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The passkeys, in Cognito's order.</returns>
    public async Task<IReadOnlyList<CognitoPasskey>> ListAsync(CancellationToken cancellationToken = default)
    {
        var passkeys = new List<CognitoPasskey>();
        string? page = null;
        do
        {
            string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
            ListWebAuthnCredentialsResponse response = await _context.Client.ListWebAuthnCredentialsAsync(
                new ListWebAuthnCredentialsRequest { AccessToken = token, MaxResults = PageSize, NextToken = page },
                cancellationToken).ConfigureAwait(false);
            passkeys.AddRange((response.Credentials ?? []).Where(c => !string.IsNullOrEmpty(c.CredentialId)).Select(CognitoPasskey.From));
            page = string.IsNullOrEmpty(response.NextToken) || response.NextToken == page ? null : response.NextToken;
        }
        while (page is not null);

        return passkeys;
    }

    /// <summary>Deletes one of the user's passkeys (<c>DeleteWebAuthnCredential</c>); it can no longer sign in.</summary>
    /// <param name="credentialId">The passkey's <see cref="CognitoPasskey.CredentialId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the passkey is deleted.</returns>
    /// <exception cref="ResourceNotFoundException">The user has no passkey with that id.</exception>
    public async Task DeleteAsync(string credentialId, CancellationToken cancellationToken = default)
    {
        InputChecks.NotEmpty(credentialId, nameof(credentialId), "credential id");
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        await _context.Client.DeleteWebAuthnCredentialAsync(
            new DeleteWebAuthnCredentialRequest { AccessToken = token, CredentialId = credentialId }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Describes the passkeys' owner.</summary>
    /// <returns>A description with no token.</returns>
    public override string ToString() => $"CognitoAccountPasskeys {{ Username = {_context.Session.Username} }}";
}
