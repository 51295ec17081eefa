using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>SetUserMFAPreference</c> request; member and JSON names are the model's own.</summary>
internal sealed record SetUserMFAPreferenceRequest
{
    public SMSMfaSettingsType? SMSMfaSettings { get; init; }

    public SoftwareTokenMfaSettingsType? SoftwareTokenMfaSettings { get; init; }

    public EmailMfaSettingsType? EmailMfaSettings { get; init; }

    public WebAuthnMfaSettingsType? WebAuthnMfaSettings { get; init; }

    public required string AccessToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"SetUserMFAPreferenceRequest {{ SMSMfaSettings = {SMSMfaSettings}, SoftwareTokenMfaSettings = {SoftwareTokenMfaSettings}, EmailMfaSettings = {EmailMfaSettings}, WebAuthnMfaSettings = {WebAuthnMfaSettings}, AccessToken = {Redact.Secret(AccessToken)} }}";
}
