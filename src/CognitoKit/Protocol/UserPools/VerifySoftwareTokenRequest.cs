using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>VerifySoftwareToken</c> request; member and JSON names are the model's own.</summary>
internal sealed record VerifySoftwareTokenRequest
{
    public string? AccessToken { get; init; }

    public string? Session { get; init; }

    public required string UserCode { get; init; }

    public string? FriendlyDeviceName { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"VerifySoftwareTokenRequest {{ AccessToken = {Redact.Secret(AccessToken)}, Session = {Redact.Secret(Session)}, UserCode = {Redact.Secret(UserCode)}, FriendlyDeviceName = {FriendlyDeviceName} }}";
}
