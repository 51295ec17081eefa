namespace CognitoKit;

/// <summary>Hosted and social sign-in through the user pool domain.</summary>
public partial interface ICognitoKit
{
    /// <summary>
    /// Sign-in through the user pool domain (authorization code with PKCE, Google/Facebook/Apple/Amazon/OIDC/SAML
    /// providers), its token, userInfo, revoke and logout endpoints, and client-credentials tokens. Configure it with
    /// <c>services.AddCognitoKit(...).AddHostedUI(...)</c>.
    /// </summary>
    ICognitoHostedUI HostedUI { get; }
}
