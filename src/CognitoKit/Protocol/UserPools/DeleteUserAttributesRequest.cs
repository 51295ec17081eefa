using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>DeleteUserAttributes</c> request; member and JSON names are the model's own.</summary>
internal sealed record DeleteUserAttributesRequest
{
    public required List<string> UserAttributeNames { get; init; }

    public required string AccessToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"DeleteUserAttributesRequest {{ UserAttributeNames = [{string.Join(", ", UserAttributeNames)}], AccessToken = {Redact.Secret(AccessToken)} }}";
}
