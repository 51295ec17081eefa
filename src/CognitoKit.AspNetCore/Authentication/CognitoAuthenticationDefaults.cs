namespace CognitoKit.AspNetCore;

/// <summary>Default values of the Cognito authentication scheme.</summary>
public static class CognitoAuthenticationDefaults
{
    /// <summary>The default scheme name, <c>"Cognito"</c>.</summary>
    public const string AuthenticationScheme = "Cognito";
}
