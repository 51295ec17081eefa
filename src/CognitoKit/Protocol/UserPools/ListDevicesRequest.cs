using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ListDevices</c> request; member and JSON names are the model's own.</summary>
internal sealed record ListDevicesRequest
{
    public required string AccessToken { get; init; }

    public int? Limit { get; init; }

    public string? PaginationToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ListDevicesRequest {{ AccessToken = {Redact.Secret(AccessToken)}, Limit = {Limit}, PaginationToken = {Redact.Secret(PaginationToken)} }}";
}
