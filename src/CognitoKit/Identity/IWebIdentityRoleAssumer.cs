namespace CognitoKit.Identity;

/// <summary>STS <c>AssumeRoleWithWebIdentity</c> for the basic flow; an interface so flow tests can stand in for STS.</summary>
internal interface IWebIdentityRoleAssumer
{
    /// <summary>Trades an identity pool's OpenID token for credentials of <paramref name="roleArn"/>.</summary>
    Task<AssumedWebIdentityRole> AssumeRoleAsync(string roleArn, string webIdentityToken, string roleSessionName, CancellationToken cancellationToken);
}
