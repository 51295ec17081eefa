namespace CognitoKit;

/// <summary>A user's MFA settings as Cognito reports them.</summary>
/// <param name="Preferred">The preferred method, if the user has one.</param>
/// <param name="Enabled">Every method turned on for the user (user-level settings; legacy <c>MFAOptions</c> are not listed).</param>
public sealed record MfaSettings(MfaType? Preferred, IReadOnlyList<MfaType> Enabled)
{
    internal static MfaSettings From(string? preferred, List<string>? enabled) =>
        new(MethodOf(preferred), [.. (enabled ?? []).Select(MethodOf).OfType<MfaType>().Distinct()]);

    internal static MfaType? MethodOf(string? wire) => wire switch
    {
        "SMS_MFA" => MfaType.Sms,
        "SOFTWARE_TOKEN_MFA" => MfaType.Totp,
        "EMAIL_OTP" => MfaType.Email,
        _ => null,
    };

    /// <summary>Describes the settings.</summary>
    /// <returns>The preferred and enabled methods.</returns>
    public override string ToString() => $"MfaSettings {{ Preferred = {Preferred?.ToString() ?? "none"}, Enabled = [{string.Join(", ", Enabled)}] }}";
}
