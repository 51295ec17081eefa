namespace CognitoKit.Testing;

/// <summary>What the emulator knows about temporary AWS credentials it issued. The secret key and session token are left out.</summary>
/// <param name="AccessKeyId">The access key id (<c>ASIA...</c>).</param>
/// <param name="RoleArn">The IAM role the credentials carry.</param>
/// <param name="AssumedRoleArn">The STS principal, <c>arn:aws:sts::{account}:assumed-role/{role}/{session}</c>, as GetCallerIdentity answers.</param>
/// <param name="Subject">The identity id (or web identity subject) the credentials were issued for.</param>
/// <param name="Expiration">When they stop working, on the emulator clock.</param>
public sealed record EmulatedCredentials(string AccessKeyId, string RoleArn, string AssumedRoleArn, string Subject, DateTimeOffset Expiration);
