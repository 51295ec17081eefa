namespace CognitoKit.Protocol.UserPools;

/// <summary>A user pool group.</summary>
internal sealed record GroupType
{
    public string? GroupName { get; init; }

    public string? UserPoolId { get; init; }

    public string? Description { get; init; }

    public string? RoleArn { get; init; }

    public int? Precedence { get; init; }

    public DateTimeOffset? LastModifiedDate { get; init; }

    public DateTimeOffset? CreationDate { get; init; }

    /// <summary>Shows the members (a group holds no secret).</summary>
    public override string ToString() => $"GroupType {{ GroupName = {GroupName}, UserPoolId = {UserPoolId}, Description = {Description}, RoleArn = {RoleArn}, Precedence = {Precedence}, LastModifiedDate = {LastModifiedDate}, CreationDate = {CreationDate} }}";
}
