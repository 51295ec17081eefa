using Amazon.Runtime;
using CognitoKit.Diagnostics;

namespace CognitoKit;

/// <summary>
/// Temporary AWS credentials for a role, from the basic (classic) identity-pool flow: <c>GetOpenIdToken</c>, then STS
/// <c>AssumeRoleWithWebIdentity</c>. They do not renew themselves: ask again before <see cref="Expiration"/>.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the secret access key or session token.</remarks>
public sealed class CognitoRoleCredentials
{
    internal CognitoRoleCredentials(
        string identityId, string roleArn, string? assumedRoleArn, string accessKeyId, string secretAccessKey, string sessionToken, DateTimeOffset expiration)
    {
        IdentityId = identityId;
        RoleArn = roleArn;
        AssumedRoleArn = assumedRoleArn;
        AccessKeyId = accessKeyId;
        SecretAccessKey = secretAccessKey;
        SessionToken = sessionToken;
        Expiration = expiration;
    }

    /// <summary>The identity these credentials were issued for.</summary>
    public string IdentityId { get; }

    /// <summary>The role that was assumed.</summary>
    public string RoleArn { get; }

    /// <summary>The STS principal, <c>arn:aws:sts::{account}:assumed-role/{role}/{session}</c>, when STS reported it.</summary>
    public string? AssumedRoleArn { get; }

    /// <summary>The access key id (<c>ASIA...</c>).</summary>
    public string AccessKeyId { get; }

    /// <summary>The secret access key. A secret: never log it.</summary>
    public string SecretAccessKey { get; }

    /// <summary>The session token, sent with every request as <c>x-amz-security-token</c>. A secret: never log it.</summary>
    public string SessionToken { get; }

    /// <summary>When the credentials stop working.</summary>
    public DateTimeOffset Expiration { get; }

    /// <summary>The credentials in the form AWS SDK clients take (<see cref="SessionAWSCredentials"/>).</summary>
    /// <returns>Credentials for an AWS SDK client.</returns>
    public AWSCredentials ToAWSCredentials() => new SessionAWSCredentials(AccessKeyId, SecretAccessKey, SessionToken);

    /// <summary>Describes the credentials without the secret access key or session token.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() =>
        $"CognitoRoleCredentials {{ IdentityId = {IdentityId}, RoleArn = {RoleArn}, AccessKeyId = {AccessKeyId}, SecretAccessKey = {Redact.Mask}, SessionToken = {Redact.Mask}, Expiration = {Expiration:O} }}";
}
