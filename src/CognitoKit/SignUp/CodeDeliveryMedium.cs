namespace CognitoKit;

/// <summary>How Cognito sent a code.</summary>
public enum CodeDeliveryMedium
{
    /// <summary>Cognito named a medium CognitoKit does not know, or none.</summary>
    Unknown = 0,

    /// <summary>By email.</summary>
    Email,

    /// <summary>By SMS.</summary>
    Sms,
}
