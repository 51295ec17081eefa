using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ListUsers</c> answer; unknown members are ignored.</summary>
internal sealed record ListUsersResponse
{
    public List<UserType>? Users { get; init; }

    public string? PaginationToken { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ListUsersResponse {{ Users = {Redact.List(Users)}, PaginationToken = {Redact.Secret(PaginationToken)} }}";
}
