namespace CognitoKit.Protocol.UserPools;

/// <summary>Tokens returned by a completed sign-in or refresh.</summary>
internal sealed record AuthenticationResultType
{
    public string? AccessToken { get; init; }

    public int? ExpiresIn { get; init; }

    public string? TokenType { get; init; }

    public string? RefreshToken { get; init; }

    public string? IdToken { get; init; }

    public NewDeviceMetadataType? NewDeviceMetadata { get; init; }

    /// <summary>Hides the tokens.</summary>
    public override string ToString() => $"AuthenticationResultType {{ ExpiresIn = {ExpiresIn}, TokenType = {TokenType} }}";
}
