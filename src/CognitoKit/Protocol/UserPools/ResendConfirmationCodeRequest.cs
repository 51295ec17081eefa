using CognitoKit.Diagnostics;
using CognitoKit.Shared;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ResendConfirmationCode</c> request; member and JSON names are the model's own.</summary>
internal sealed record ResendConfirmationCodeRequest
{
    public required string ClientId { get; init; }

    public string? SecretHash { get; init; }

    public UserContextDataType? UserContextData { get; init; }

    public required string Username { get; init; }

    public AnalyticsMetadataType? AnalyticsMetadata { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ResendConfirmationCodeRequest {{ ClientId = {ClientId}, SecretHash = {Redact.Secret(SecretHash)}, UserContextData = {Redact.Secret(UserContextData)}, Username = {Redact.Secret(Username)}, AnalyticsMetadata = {AnalyticsMetadata}, ClientMetadata = {Redact.Keys(ClientMetadata)} }}";
}
