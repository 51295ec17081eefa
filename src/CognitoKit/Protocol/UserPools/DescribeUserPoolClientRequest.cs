namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>DescribeUserPoolClient</c> request; member and JSON names are the model's own.</summary>
internal sealed record DescribeUserPoolClientRequest
{
    public required string UserPoolId { get; init; }

    public required string ClientId { get; init; }

    /// <summary>Shows the members (none is secret).</summary>
    public override string ToString() => $"DescribeUserPoolClientRequest {{ UserPoolId = {UserPoolId}, ClientId = {ClientId} }}";
}
