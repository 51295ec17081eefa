using CognitoKit.Account;
using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// The pool requires MFA and the user has none yet: they must add an authenticator app now (<c>MFA_SETUP</c>). Show
/// <see cref="SecretCode"/> (or a QR code of <see cref="OtpAuthUri(string)"/>), then send the first code with
/// <see cref="VerifyAsync(string, CancellationToken)"/>.
/// </summary>
/// <remarks><see cref="SignInChallenge.ToString"/> never shows the secret.</remarks>
public sealed class TotpSetupRequired : SignInChallenge
{
    private readonly string? _associateSession;

    internal TotpSetupRequired(SignInContext context, string? session, IReadOnlyDictionary<string, string> parameters, string secretCode, string? associateSession)
        : base(context, ChallengeNameType.MfaSetup, session, parameters)
    {
        SecretCode = secretCode;
        _associateSession = associateSession;
    }

    /// <summary>The shared TOTP secret (Base32) the user enters in their authenticator app. A secret: never log it.</summary>
    public string SecretCode { get; }

    /// <summary>The second factors the pool lets the user set up (from <c>MFAS_CAN_SETUP</c>).</summary>
    public IReadOnlyList<string> CanSetUp => ChallengeParameterReader.StringArray(Parameters, "MFAS_CAN_SETUP");

    /// <summary>
    /// The <c>otpauth://totp/{issuer}:{account}?secret=...&amp;issuer=...</c> URI authenticator apps read from a QR code,
    /// labelled with the name the user signed in with; both names are URL-escaped.
    /// </summary>
    /// <param name="issuer">Your app's name, shown in the authenticator.</param>
    /// <returns>The URI (a secret, like <see cref="SecretCode"/>).</returns>
    public string OtpAuthUri(string issuer) => OtpAuthUri(issuer, Context.TypedUsername);

    /// <summary>The <c>otpauth://totp/...</c> URI with an account label of your choice.</summary>
    /// <param name="issuer">Your app's name, shown in the authenticator.</param>
    /// <param name="accountName">The account label, such as the user's email address.</param>
    /// <returns>The URI (a secret, like <see cref="SecretCode"/>).</returns>
    public string OtpAuthUri(string issuer, string accountName) => global::CognitoKit.Account.OtpAuthUri.Create(issuer, accountName, SecretCode);

    /// <summary>Sends the first code from the authenticator, which turns TOTP MFA on, and finishes this step.</summary>
    /// <param name="code">The six-digit code.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The next step.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not six digits.</exception>
    /// <exception cref="CodeMismatchException">The code is wrong; the challenge stays open for another try.</exception>
    public Task<SignInStep> VerifyAsync(string code, CancellationToken cancellationToken = default) => VerifyAsync(code, null, cancellationToken);

    /// <summary>Sends the first code from the authenticator, naming it, and finishes this step.</summary>
    /// <param name="code">The six-digit code.</param>
    /// <param name="friendlyDeviceName">A name for the authenticator, such as <c>Alice's phone</c>, or null.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The next step.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not six digits.</exception>
    /// <exception cref="CodeMismatchException">The code is wrong; the challenge stays open for another try.</exception>
    public Task<SignInStep> VerifyAsync(string code, string? friendlyDeviceName, CancellationToken cancellationToken = default)
    {
        CodeChecks.Totp(code, nameof(code));
        return AnswerOnceAsync(() => Context.Flow.CompleteTotpSetupAsync(Context, _associateSession ?? Session, code, friendlyDeviceName, cancellationToken));
    }
}
