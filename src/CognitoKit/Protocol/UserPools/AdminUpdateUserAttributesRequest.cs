using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminUpdateUserAttributes</c> request; member and JSON names are the model's own.</summary>
internal sealed record AdminUpdateUserAttributesRequest
{
    public required string UserPoolId { get; init; }

    public required string Username { get; init; }

    public required List<AttributeType> UserAttributes { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AdminUpdateUserAttributesRequest {{ UserPoolId = {UserPoolId}, Username = {Redact.Secret(Username)}, UserAttributes = {Redact.List(UserAttributes)}, ClientMetadata = {Redact.Keys(ClientMetadata)} }}";
}
