using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.IdentityPools;

/// <summary>Cognito Identity's errors. It answers them all with HTTP 400, as logs of the real service show.</summary>
internal static class IdentityErrors
{
    public const string LoginsDoNotMatch = "Logins don't match. Please include at least one valid login for this identity or identity pool.";

    public static AwsServiceException NotAuthorized(string message) => new("NotAuthorizedException", message, 400);

    public static AwsServiceException InvalidLogin(string reason) => NotAuthorized("Invalid login token. " + reason);

    /// <summary>A <c>CustomRoleArn</c> the identity may not assume; <paramref name="why"/> adds the reason when there is one.</summary>
    public static AwsServiceException CustomRoleRefused(string roleArn, string? why = null) =>
        NotAuthorized("Not authorized to assume the custom role " + roleArn + (why is null ? "." : ": " + why + "."));

    public static AwsServiceException ResourceNotFound(string message) => new("ResourceNotFoundException", message, 400);

    public static AwsServiceException ResourceConflict(string message) => new("ResourceConflictException", message, 400);

    public static AwsServiceException InvalidParameter(string message) => new("InvalidParameterException", message, 400);

    public static AwsServiceException InvalidConfiguration() =>
        new("InvalidIdentityPoolConfigurationException", "Invalid identity pool configuration. Check assigned IAM roles for this pool.", 400);
}
