namespace CognitoKit.Protocol.UserPools;

/// <summary>An app client's refresh-token rotation setting.</summary>
internal sealed record RefreshTokenRotationType
{
    public string? Feature { get; init; }

    public int? RetryGracePeriodSeconds { get; init; }

    /// <summary>Shows the members (none is secret).</summary>
    public override string ToString() => $"RefreshTokenRotationType {{ Feature = {Feature}, RetryGracePeriodSeconds = {RetryGracePeriodSeconds} }}";
}
