namespace CognitoKit.Protocol;

/// <summary>Where and how to reach one Cognito service.</summary>
/// <param name="TargetPrefix">The <c>X-Amz-Target</c> prefix, for example <c>AWSCognitoIdentityProviderService</c>.</param>
/// <param name="SigningName">The SigV4 service name, for example <c>cognito-idp</c>.</param>
/// <param name="Region">The AWS region.</param>
/// <param name="Endpoint">The base URI; requests go to its root path.</param>
internal sealed record CognitoServiceEndpoint(string TargetPrefix, string SigningName, string Region, Uri Endpoint)
{
    /// <summary>The service as the AWS SDKs name it (<c>rpc.service</c> of a span), for example <c>CognitoIdentityProvider</c>.</summary>
    public string ServiceId { get; init; } = SigningName;

    /// <summary>The user-pools service (<c>cognito-idp</c>) in a region, or at an override.</summary>
    public static CognitoServiceEndpoint UserPools(string region, Uri? endpoint) =>
        new("AWSCognitoIdentityProviderService", "cognito-idp", region, endpoint ?? new Uri($"https://cognito-idp.{region}.amazonaws.com/"))
        {
            ServiceId = "CognitoIdentityProvider",
        };

    /// <summary>The identity-pools service (<c>cognito-identity</c>) in a region, or at an override.</summary>
    public static CognitoServiceEndpoint IdentityPools(string region, Uri? endpoint) =>
        new("AWSCognitoIdentityService", "cognito-identity", region, endpoint ?? new Uri($"https://cognito-identity.{region}.amazonaws.com/"))
        {
            ServiceId = "CognitoIdentity",
        };
}
