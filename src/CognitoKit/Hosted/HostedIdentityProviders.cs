namespace CognitoKit.Hosted;

/// <summary>
/// The <c>identity_provider</c> names Cognito's domain understands for its built-in providers. An OIDC or SAML
/// provider is named by the name it was given in the user pool.
/// </summary>
public static class HostedIdentityProviders
{
    /// <summary>The user pool's own sign-in page (user name and password).</summary>
    public const string Cognito = "COGNITO";

    /// <summary>Google.</summary>
    public const string Google = "Google";

    /// <summary>Facebook.</summary>
    public const string Facebook = "Facebook";

    /// <summary>Sign in with Apple.</summary>
    public const string SignInWithApple = "SignInWithApple";

    /// <summary>Login with Amazon.</summary>
    public const string LoginWithAmazon = "LoginWithAmazon";
}
