using CognitoKit.Diagnostics;

namespace CognitoKit.Identity;

/// <summary>What STS answered to <c>AssumeRoleWithWebIdentity</c>.</summary>
internal sealed record AssumedWebIdentityRole(
    string AccessKeyId, string SecretAccessKey, string SessionToken, DateTimeOffset Expiration, string? AssumedRoleArn, string? SubjectFromWebIdentityToken)
{
    /// <summary>Never shows the secret key or session token.</summary>
    public override string ToString() =>
        $"AssumedWebIdentityRole {{ AccessKeyId = {AccessKeyId}, SecretAccessKey = {Redact.Secret(SecretAccessKey)}, SessionToken = {Redact.Secret(SessionToken)}, Expiration = {Expiration:O}, AssumedRoleArn = {AssumedRoleArn} }}";
}
