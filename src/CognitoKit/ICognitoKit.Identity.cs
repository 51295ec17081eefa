namespace CognitoKit;

/// <summary>Identity pools: temporary AWS credentials for signed-in users and guests.</summary>
public partial interface ICognitoKit
{
    /// <summary>
    /// AWS credentials from the identity pool (<c>CognitoKit:IdentityPoolId</c>): <c>Identity.ForSession(session)</c>,
    /// <c>Identity.ForGuest()</c>, <c>Identity.ForLogins(logins)</c> for Google, Facebook, Apple, Amazon and OIDC provider tokens, and the basic flow's <c>AssumeRoleWithWebIdentityAsync</c>.
    /// </summary>
    ICognitoIdentity Identity { get; }
}
