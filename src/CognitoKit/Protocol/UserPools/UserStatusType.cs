namespace CognitoKit.Protocol.UserPools;

/// <summary>
/// The status of a user. The wire members stay strings so a value Cognito adds later never fails a read;
/// these are the values the model knows.
/// </summary>
internal static class UserStatusType
{
    /// <summary><c>UNCONFIRMED</c>.</summary>
    public const string Unconfirmed = "UNCONFIRMED";

    /// <summary><c>CONFIRMED</c>.</summary>
    public const string Confirmed = "CONFIRMED";

    /// <summary><c>ARCHIVED</c>.</summary>
    public const string Archived = "ARCHIVED";

    /// <summary><c>COMPROMISED</c>.</summary>
    public const string Compromised = "COMPROMISED";

    /// <summary><c>UNKNOWN</c>.</summary>
    public const string Unknown = "UNKNOWN";

    /// <summary><c>RESET_REQUIRED</c>.</summary>
    public const string ResetRequired = "RESET_REQUIRED";

    /// <summary><c>FORCE_CHANGE_PASSWORD</c>.</summary>
    public const string ForceChangePassword = "FORCE_CHANGE_PASSWORD";

    /// <summary><c>EXTERNAL_PROVIDER</c>.</summary>
    public const string ExternalProvider = "EXTERNAL_PROVIDER";
}
