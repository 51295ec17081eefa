using CognitoKit.Diagnostics;
using CognitoKit.Shared;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>UpdateUserAttributes</c> request; member and JSON names are the model's own.</summary>
internal sealed record UpdateUserAttributesRequest
{
    public required List<AttributeType> UserAttributes { get; init; }

    public required string AccessToken { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"UpdateUserAttributesRequest {{ UserAttributes = {Redact.List(UserAttributes)}, AccessToken = {Redact.Secret(AccessToken)}, ClientMetadata = {Redact.Keys(ClientMetadata)} }}";
}
