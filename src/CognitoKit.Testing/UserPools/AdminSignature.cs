using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary>
/// The back-office operations (every <c>Admin*</c> operation, groups, <c>ListUsers</c>, <c>ListUsersInGroup</c>) are
/// authorized by IAM on Cognito, so a call over HTTP without an AWS Signature Version 4 <c>Authorization</c> header is
/// refused as Cognito refuses it. The emulator knows no IAM users, so it checks the header's form and scope, not the
/// signature itself; calls made in process (<c>CognitoEmulator.InvokeAsync</c>) are not checked.
/// </summary>
internal static class AdminSignature
{
    private const string Algorithm = "AWS4-HMAC-SHA256";

    private static readonly HashSet<string> BackOffice = new(StringComparer.Ordinal)
    {
        "CreateGroup", "GetGroup", "UpdateGroup", "DeleteGroup", "ListGroups", "ListUsersInGroup", "ListUsers",
    };

    public static bool IsRequired(string operation) =>
        operation.StartsWith("Admin", StringComparison.Ordinal) || BackOffice.Contains(operation);

    /// <summary>Throws Cognito's error for a missing or malformed SigV4 <c>Authorization</c> header.</summary>
    public static void Check(string authorization)
    {
        if (authorization.Length == 0)
        {
            throw new AwsServiceException("MissingAuthenticationTokenException", "Missing Authentication Token");
        }

        if (!authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            throw new AwsServiceException("IncompleteSignatureException", "Unsupported AWS 'algorithm': '" + authorization.Split(' ')[0] + "'. The only supported algorithm is " + Algorithm + ".");
        }

        var fields = authorization[(Algorithm.Length + 1)..]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2))
            .Where(f => f.Length == 2)
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        if (!fields.TryGetValue("Credential", out var credential) || !fields.ContainsKey("SignedHeaders") || !fields.ContainsKey("Signature"))
        {
            throw new AwsServiceException("IncompleteSignatureException", "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
        }

        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request")
        {
            throw new AwsServiceException("IncompleteSignatureException", "Authorization header requires a Credential of the form <access key>/<date>/<region>/<service>/aws4_request.");
        }

        if (scope[3] != "cognito-idp")
        {
            throw new AwsServiceException("InvalidSignatureException", "Credential should be scoped to correct service: 'cognito-idp'.");
        }
    }
}
