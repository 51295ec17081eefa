using CognitoKit.Protocol.UserPools;

namespace CognitoKit;

/// <summary>What a signed-in user can sign in with (<c>GetUserAuthFactors</c>), to show on an account page.</summary>
/// <param name="Username">The username Cognito knows the user by.</param>
/// <param name="ConfiguredFactors">Cognito's names of the factors set up for the user: <c>PASSWORD</c>, <c>EMAIL_OTP</c>,
/// <c>SMS_OTP</c>, <c>WEB_AUTHN</c> (passkeys), <c>SOFTWARE_TOKEN</c> (MFA only).</param>
/// <param name="Mfa">The user's MFA methods: the preferred one and the enabled ones.</param>
public sealed record CognitoAuthFactors(string Username, IReadOnlyList<string> ConfiguredFactors, MfaSettings Mfa)
{
    /// <summary>Whether the user has a passkey they can sign in with (<c>WEB_AUTHN</c> is configured).</summary>
    public bool HasPasskey => ConfiguredFactors.Contains(ChallengeNameType.WebAuthn, StringComparer.Ordinal);

    /// <summary>Whether the user can sign in with a password (<c>PASSWORD</c> is configured).</summary>
    public bool HasPassword => ConfiguredFactors.Contains(ChallengeNameType.Password, StringComparer.Ordinal);

    internal static CognitoAuthFactors From(GetUserAuthFactorsResponse response, string fallbackUsername) => new(
        string.IsNullOrEmpty(response.Username) ? fallbackUsername : response.Username,
        [.. (response.ConfiguredUserAuthFactors ?? []).Distinct(StringComparer.Ordinal)],
        MfaSettings.From(response.PreferredMfaSetting, response.UserMFASettingList));

    /// <summary>Describes the factors.</summary>
    /// <returns>The username and configured factors.</returns>
    public override string ToString() => $"CognitoAuthFactors {{ Username = {Username}, ConfiguredFactors = [{string.Join(", ", ConfiguredFactors)}], Mfa = {Mfa} }}";
}
