using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The SRP verifier and salt of a device being confirmed (hidden by <c>ToString</c>).</summary>
internal sealed record DeviceSecretVerifierConfigType
{
    public string? PasswordVerifier { get; init; }

    public string? Salt { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"DeviceSecretVerifierConfigType {{ PasswordVerifier = {Redact.Secret(PasswordVerifier)}, Salt = {Redact.Secret(Salt)} }}";
}
