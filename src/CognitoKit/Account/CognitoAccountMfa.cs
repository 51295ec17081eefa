using CognitoKit.Account;
using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;

namespace CognitoKit;

/// <summary>A signed-in user's MFA: authenticator-app (TOTP) enrolment, and which methods are on and preferred.</summary>
public sealed class CognitoAccountMfa
{
    private readonly AccountContext _context;

    internal CognitoAccountMfa(AccountContext context) => _context = context;

    /// <summary>Starts enrolling an authenticator app (<c>AssociateSoftwareToken</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The secret to show, as a QR code through <see cref="TotpEnrollment.OtpAuthUri"/>.</returns>
    public async Task<TotpEnrollment> BeginTotpEnrollmentAsync(CancellationToken cancellationToken = default)
    {
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        AssociateSoftwareTokenResponse response = await _context.Client.AssociateSoftwareTokenAsync(
            new AssociateSoftwareTokenRequest { AccessToken = token }, cancellationToken).ConfigureAwait(false);
        string secret = string.IsNullOrEmpty(response.SecretCode)
            ? throw new CognitoProtocolException("Cognito's AssociateSoftwareToken answer has no SecretCode.", null, System.Net.HttpStatusCode.OK)
            : response.SecretCode;
        return new TotpEnrollment(secret, _context.Session.Username);
    }

    /// <summary>
    /// Finishes the enrolment with a code from the authenticator app (<c>VerifySoftwareToken</c>). TOTP is then
    /// enabled; make it preferred with <see cref="SetPreferenceAsync"/>.
    /// </summary>
    /// <param name="code">The six-digit code the app shows now.</param>
    /// <param name="friendlyDeviceName">A name for the authenticator, such as <c>Alice's phone</c>; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the authenticator is verified.</returns>
    /// <exception cref="CognitoException">The code is wrong (<c>CodeMismatchException</c> or <c>EnableSoftwareTokenMFAException</c>).</exception>
    public async Task CompleteTotpEnrollmentAsync(string code, string? friendlyDeviceName = null, CancellationToken cancellationToken = default)
    {
        InputChecks.Code(code, nameof(code));
        if (code.Length != 6)
        {
            throw new ArgumentException("An authenticator code has six digits.", nameof(code));
        }

        if (friendlyDeviceName is not null && string.IsNullOrWhiteSpace(friendlyDeviceName))
        {
            throw new ArgumentException("The device name must not be empty; pass null for none.", nameof(friendlyDeviceName));
        }

        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        VerifySoftwareTokenResponse response = await _context.Client.VerifySoftwareTokenAsync(
            new VerifySoftwareTokenRequest { AccessToken = token, UserCode = code, FriendlyDeviceName = friendlyDeviceName },
            cancellationToken).ConfigureAwait(false);
        if (!string.Equals(response.Status, VerifySoftwareTokenResponseType.Success, StringComparison.Ordinal))
        {
            throw CognitoErrorFactory.Create(
                "EnableSoftwareTokenMFAException",
                $"Cognito did not accept the authenticator code (status {response.Status ?? "none"}).",
                null,
                System.Net.HttpStatusCode.OK);
        }
    }

    /// <summary>
    /// Turns MFA methods on or off and picks the preferred one (<c>SetUserMFAPreference</c>). A method left null is
    /// not changed. At most one method may be <see cref="MfaPreference.Preferred"/>.
    /// </summary>
    /// <param name="totp">Authenticator app.</param>
    /// <param name="sms">SMS codes (the user needs a verified phone number).</param>
    /// <param name="email">Email codes (the user needs a verified email, and the pool must allow it).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the preferences are saved.</returns>
    public async Task SetPreferenceAsync(MfaPreference? totp = null, MfaPreference? sms = null, MfaPreference? email = null, CancellationToken cancellationToken = default)
    {
        CheckPreference(totp, nameof(totp));
        CheckPreference(sms, nameof(sms));
        CheckPreference(email, nameof(email));
        if (totp is null && sms is null && email is null)
        {
            throw new ArgumentException("Give a preference for at least one method (totp, sms or email).", nameof(totp));
        }

        int preferred = new[] { totp, sms, email }.Count(p => p == MfaPreference.Preferred);
        if (preferred > 1)
        {
            throw new ArgumentException("At most one MFA method can be Preferred.", totp == MfaPreference.Preferred ? nameof(totp) : nameof(sms));
        }

        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        await _context.Client.SetUserMFAPreferenceAsync(
            new SetUserMFAPreferenceRequest
            {
                AccessToken = token,
                SoftwareTokenMfaSettings = totp is { } t ? new SoftwareTokenMfaSettingsType { Enabled = t != MfaPreference.Disabled, PreferredMfa = t == MfaPreference.Preferred } : null,
                SMSMfaSettings = sms is { } s ? new SMSMfaSettingsType { Enabled = s != MfaPreference.Disabled, PreferredMfa = s == MfaPreference.Preferred } : null,
                EmailMfaSettings = email is { } e ? new EmailMfaSettingsType { Enabled = e != MfaPreference.Disabled, PreferredMfa = e == MfaPreference.Preferred } : null,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Turns passkey MFA on or off for the user (<c>SetUserMFAPreference</c> with <c>WebAuthnMfaSettings</c>). When on,
    /// and the pool's passkey factor configuration is <c>MULTI_FACTOR_WITH_USER_VERIFICATION</c>, a passkey sign-in with
    /// user verification satisfies the pool's MFA requirement, so the user can sign in with a passkey alone even where
    /// MFA is required. Cognito asks that the user keep another MFA method too, so they cannot be locked out.
    /// </summary>
    /// <param name="enabled">Whether passkey sign-in counts as MFA for this user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the setting is saved.</returns>
    public async Task SetPasskeyMfaAsync(bool enabled, CancellationToken cancellationToken = default)
    {
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        await _context.Client.SetUserMFAPreferenceAsync(
            new SetUserMFAPreferenceRequest { AccessToken = token, WebAuthnMfaSettings = new WebAuthnMfaSettingsType { Enabled = enabled } },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the user's current MFA settings (through <c>GetUser</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The preferred method and the enabled ones.</returns>
    public async Task<MfaSettings> GetSettingsAsync(CancellationToken cancellationToken = default)
    {
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        GetUserResponse response = await _context.Client.GetUserAsync(new GetUserRequest { AccessToken = token }, cancellationToken).ConfigureAwait(false);
        return MfaSettings.From(response.PreferredMfaSetting, response.UserMFASettingList);
    }

    private static void CheckPreference(MfaPreference? preference, string parameterName)
    {
        if (preference is { } p && !Enum.IsDefined(p))
        {
            throw new ArgumentOutOfRangeException(parameterName, p, "Not an MFA preference.");
        }
    }
}
