namespace CognitoKit.Protocol.UserPools;

/// <summary>
/// The outcome of a TOTP verification. The wire members stay strings so a value Cognito adds later never fails a read;
/// these are the values the model knows.
/// </summary>
internal static class VerifySoftwareTokenResponseType
{
    /// <summary><c>SUCCESS</c>.</summary>
    public const string Success = "SUCCESS";

    /// <summary><c>ERROR</c>.</summary>
    public const string Error = "ERROR";
}
