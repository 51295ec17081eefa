using CognitoKit.Diagnostics;
using CognitoKit.Shared;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>GetTokensFromRefreshToken</c> request; member and JSON names are the model's own.</summary>
internal sealed record GetTokensFromRefreshTokenRequest
{
    public required string RefreshToken { get; init; }

    public required string ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string? DeviceKey { get; init; }

    public Dictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetTokensFromRefreshTokenRequest {{ RefreshToken = {Redact.Secret(RefreshToken)}, ClientId = {ClientId}, ClientSecret = {Redact.Secret(ClientSecret)}, DeviceKey = {DeviceKey}, ClientMetadata = {Redact.Keys(ClientMetadata)} }}";
}
