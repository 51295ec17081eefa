using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The tokens of a completed sign-in or refresh (hidden by <c>ToString</c>).</summary>
internal sealed record AuthenticationResultType
{
    public string? AccessToken { get; init; }

    public int? ExpiresIn { get; init; }

    public string? TokenType { get; init; }

    public string? RefreshToken { get; init; }

    public string? IdToken { get; init; }

    public NewDeviceMetadataType? NewDeviceMetadata { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AuthenticationResultType {{ AccessToken = {Redact.Secret(AccessToken)}, ExpiresIn = {ExpiresIn}, TokenType = {TokenType}, RefreshToken = {Redact.Secret(RefreshToken)}, IdToken = {Redact.Secret(IdToken)}, NewDeviceMetadata = {NewDeviceMetadata} }}";
}
