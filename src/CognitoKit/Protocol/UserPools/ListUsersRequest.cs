using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ListUsers</c> request; member and JSON names are the model's own.</summary>
internal sealed record ListUsersRequest
{
    public required string UserPoolId { get; init; }

    public List<string>? AttributesToGet { get; init; }

    public int? Limit { get; init; }

    public string? PaginationToken { get; init; }

    public string? Filter { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ListUsersRequest {{ UserPoolId = {UserPoolId}, AttributesToGet = {Redact.List(AttributesToGet)}, Limit = {Limit}, PaginationToken = {Redact.Secret(PaginationToken)}, Filter = {Redact.Secret(Filter)} }}";
}
