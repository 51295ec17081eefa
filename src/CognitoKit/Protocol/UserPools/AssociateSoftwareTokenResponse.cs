using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AssociateSoftwareToken</c> answer; unknown members are ignored.</summary>
internal sealed record AssociateSoftwareTokenResponse
{
    public string? SecretCode { get; init; }

    public string? Session { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AssociateSoftwareTokenResponse {{ SecretCode = {Redact.Secret(SecretCode)}, Session = {Redact.Secret(Session)} }}";
}
