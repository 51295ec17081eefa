namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>DescribeUserPoolClient</c> answer; unknown members are ignored.</summary>
internal sealed record DescribeUserPoolClientResponse
{
    public UserPoolClientType? UserPoolClient { get; init; }

    /// <summary>Shows the members without any secret value.</summary>
    public override string ToString() => $"DescribeUserPoolClientResponse {{ UserPoolClient = {UserPoolClient} }}";
}
