using CognitoKit.Testing.UserPools;

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

    /// <summary>
    /// Whether the token came with <c>NewDeviceMetadata</c> for a device never confirmed: Cognito refuses to refresh such a
    /// token (NotAuthorized "Invalid Refresh Token") until <c>ConfirmDevice</c> has been called for the device.
    /// </summary>
    public bool AwaitsDeviceConfirmation(User user) =>
        DeviceKey is { } key && user.Devices.GetValueOrDefault(key) is { Confirmed: false };

    public override string ToString() => nameof(RefreshSession);
}
