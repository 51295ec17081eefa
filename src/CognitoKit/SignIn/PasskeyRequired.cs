using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// Cognito asks for a passkey (<c>WEB_AUTHN</c>): hand <see cref="RequestOptionsJson"/> to the browser
/// (<c>navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) })</c>) and answer
/// with <c>JSON.stringify(credential.toJSON())</c>. Comes after <c>SignInWithChoice(...).Prefer(AuthFactor.WebAuthn)</c>
/// or choosing <see cref="AuthFactor.WebAuthn"/> in a <see cref="FirstFactorSelectionRequired"/>.
/// </summary>
public sealed class PasskeyRequired : SignInChallenge
{
    internal PasskeyRequired(SignInContext context, string? session, IReadOnlyDictionary<string, string> parameters, string requestOptionsJson)
        : base(context, ChallengeNameType.WebAuthn, session, parameters)
    {
        RequestOptionsJson = requestOptionsJson;
    }

    /// <summary>
    /// The <c>PublicKeyCredentialRequestOptionsJSON</c> object Cognito sent (<c>CREDENTIAL_REQUEST_OPTIONS</c>), as JSON
    /// text: the one-time challenge, the relying party id, the user's passkeys and whether user verification is needed.
    /// </summary>
    public string RequestOptionsJson { get; }

    /// <summary>Sends the browser's assertion (<c>CREDENTIAL</c>).</summary>
    /// <param name="credentialJson">The browser's <c>JSON.stringify(credential.toJSON())</c> (an <c>AuthenticationResponseJSON</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next step, usually <see cref="SignedIn"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="credentialJson"/> is not a JSON object with <c>id</c> and <c>response</c>.</exception>
    /// <exception cref="NotAuthorizedException">Cognito refused the passkey (wrong origin, challenge, relying party, signature or a
    /// passkey the user no longer has); the challenge is used up, so start the sign-in again.</exception>
    public Task<SignInStep> AnswerAsync(string credentialJson, CancellationToken cancellationToken = default)
    {
        _ = PasskeyJson.CredentialObject(credentialJson, nameof(credentialJson));
        return SendResponsesAsync(new() { ["CREDENTIAL"] = credentialJson }, cancellationToken);
    }
}
