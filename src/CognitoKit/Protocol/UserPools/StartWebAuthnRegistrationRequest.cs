using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>StartWebAuthnRegistration</c> request; member and JSON names are the model's own.</summary>
internal sealed record StartWebAuthnRegistrationRequest
{
    public required string AccessToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"StartWebAuthnRegistrationRequest {{ AccessToken = {Redact.Secret(AccessToken)} }}";
}
