using CognitoKit.Diagnostics;
using CognitoKit.Shared;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>SignUp</c> request; member and JSON names are the model's own.</summary>
internal sealed record SignUpRequest
{
    public required string ClientId { get; init; }

    public string? SecretHash { get; init; }

    public required string Username { get; init; }

    public string? Password { get; init; }

    public List<AttributeType>? UserAttributes { get; init; }

    public List<AttributeType>? ValidationData { get; init; }

    public AnalyticsMetadataType? AnalyticsMetadata { get; init; }

    public UserContextDataType? UserContextData { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"SignUpRequest {{ ClientId = {ClientId}, SecretHash = {Redact.Secret(SecretHash)}, Username = {Redact.Secret(Username)}, Password = {Redact.Secret(Password)}, UserAttributes = {Redact.List(UserAttributes)}, ValidationData = {Redact.List(ValidationData)}, AnalyticsMetadata = {AnalyticsMetadata}, UserContextData = {Redact.Secret(UserContextData)}, ClientMetadata = {Redact.Keys(ClientMetadata)} }}";
}
