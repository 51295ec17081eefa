using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>RevokeToken</c> request; member and JSON names are the model's own.</summary>
internal sealed record RevokeTokenRequest
{
    public required string Token { get; init; }

    public required string ClientId { get; init; }

    public string? ClientSecret { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"RevokeTokenRequest {{ Token = {Redact.Secret(Token)}, ClientId = {ClientId}, ClientSecret = {Redact.Secret(ClientSecret)} }}";
}
