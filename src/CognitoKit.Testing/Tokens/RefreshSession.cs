namespace CognitoKit.Testing.Tokens;

/// <summary>What an opaque refresh token stands for.</summary>
internal sealed class RefreshSession
{
    public required string PoolId { get; init; }

    public required string ClientId { get; init; }

    public required string Sub { get; init; }

    public required string OriginJti { get; init; }

    public required DateTimeOffset AuthTime { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public string? DeviceKey { get; init; }

    public bool Revoked { get; set; }

    /// <summary>When rotation replaced this token; it stays usable for the grace period after.</summary>
    public DateTimeOffset? ReplacedAt { get; set; }

    public override string ToString() => nameof(RefreshSession);
}
