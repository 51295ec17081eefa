using CognitoKit.Diagnostics;
using CognitoKit.Shared;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminCreateUser</c> request; member and JSON names are the model's own.</summary>
internal sealed record AdminCreateUserRequest
{
    public required string UserPoolId { get; init; }

    public required string Username { get; init; }

    public List<AttributeType>? UserAttributes { get; init; }

    public List<AttributeType>? ValidationData { get; init; }

    public string? TemporaryPassword { get; init; }

    public bool? ForceAliasCreation { get; init; }

    public string? MessageAction { get; init; }

    public List<string>? DesiredDeliveryMediums { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AdminCreateUserRequest {{ UserPoolId = {UserPoolId}, Username = {Redact.Secret(Username)}, UserAttributes = {Redact.List(UserAttributes)}, ValidationData = {Redact.List(ValidationData)}, TemporaryPassword = {Redact.Secret(TemporaryPassword)}, ForceAliasCreation = {ForceAliasCreation}, MessageAction = {MessageAction}, DesiredDeliveryMediums = {Redact.List(DesiredDeliveryMediums)}, ClientMetadata = {Redact.Keys(ClientMetadata)} }}";
}
