namespace CognitoKit;

/// <summary>What a user wants for one MFA method.</summary>
public enum MfaPreference
{
    /// <summary>The method is turned off for the user.</summary>
    Disabled,

    /// <summary>The method is turned on, but another may be preferred.</summary>
    Enabled,

    /// <summary>The method is turned on and is the one Cognito asks for at sign-in (at most one method).</summary>
    Preferred,
}
