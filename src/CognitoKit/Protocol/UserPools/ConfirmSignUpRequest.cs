using CognitoKit.Diagnostics;
using CognitoKit.Shared;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ConfirmSignUp</c> request; member and JSON names are the model's own.</summary>
internal sealed record ConfirmSignUpRequest
{
    public required string ClientId { get; init; }

    public string? SecretHash { get; init; }

    public required string Username { get; init; }

    public required string ConfirmationCode { get; init; }

    public bool? ForceAliasCreation { get; init; }

    public AnalyticsMetadataType? AnalyticsMetadata { get; init; }

    public UserContextDataType? UserContextData { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    public string? Session { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ConfirmSignUpRequest {{ ClientId = {ClientId}, SecretHash = {Redact.Secret(SecretHash)}, Username = {Redact.Secret(Username)}, ConfirmationCode = {Redact.Secret(ConfirmationCode)}, ForceAliasCreation = {ForceAliasCreation}, AnalyticsMetadata = {AnalyticsMetadata}, UserContextData = {Redact.Secret(UserContextData)}, ClientMetadata = {Redact.Keys(ClientMetadata)}, Session = {Redact.Secret(Session)} }}";
}
