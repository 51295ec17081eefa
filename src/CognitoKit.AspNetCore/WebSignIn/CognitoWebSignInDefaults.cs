namespace CognitoKit.AspNetCore;

/// <summary>Default names of the web sign-in (<c>AddCognitoWebSignIn</c>).</summary>
public static class CognitoWebSignInDefaults
{
    /// <summary>The authentication scheme: a cookie scheme whose cookie carries only a session id.</summary>
    public const string AuthenticationScheme = "CognitoWebSignIn";
}
