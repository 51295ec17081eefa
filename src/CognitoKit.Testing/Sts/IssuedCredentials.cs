namespace CognitoKit.Testing.Sts;

/// <summary>
/// Temporary AWS credentials the emulator handed out, and whom they stand for, so that a signed request can be
/// checked and answered with the role it carries.
/// </summary>
internal sealed record IssuedCredentials(
    string AccessKeyId,
    string SecretKey,
    string SessionToken,
    DateTimeOffset Expiration,
    string RoleArn,
    string SessionName,
    string Subject)
{
    /// <summary>The account of the role: the fifth field of its ARN.</summary>
    public string Account => RoleArns.Account(RoleArn);

    /// <summary><c>arn:aws:sts::{account}:assumed-role/{role-name}/{session}</c>.</summary>
    public string AssumedRoleArn => $"arn:aws:sts::{Account}:assumed-role/{RoleArns.Name(RoleArn)}/{SessionName}";

    /// <summary><c>{role id}:{session}</c>, what STS calls the UserId of an assumed role.</summary>
    public string AssumedRoleId => RoleArns.RoleId(RoleArn) + ":" + SessionName;

    // Secrets never reach a log or an assertion message.
    public override string ToString() => $"IssuedCredentials {{ AccessKeyId = {AccessKeyId}, RoleArn = {RoleArn} }}";
}
