using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.Identity;

/// <summary>Temporary AWS credentials from an identity pool (secret key and session token hidden by <c>ToString</c>).</summary>
internal sealed record Credentials
{
    public string? AccessKeyId { get; init; }

    public string? SecretKey { get; init; }

    public string? SessionToken { get; init; }

    public DateTimeOffset? Expiration { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"Credentials {{ AccessKeyId = {AccessKeyId}, SecretKey = {Redact.Secret(SecretKey)}, SessionToken = {Redact.Secret(SessionToken)}, Expiration = {Expiration} }}";
}
