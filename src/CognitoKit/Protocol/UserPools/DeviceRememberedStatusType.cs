namespace CognitoKit.Protocol.UserPools;

/// <summary>
/// Whether a device is remembered. The wire members stay strings so a value Cognito adds later never fails a read;
/// these are the values the model knows.
/// </summary>
internal static class DeviceRememberedStatusType
{
    /// <summary><c>remembered</c>.</summary>
    public const string Remembered = "remembered";

    /// <summary><c>not_remembered</c>.</summary>
    public const string NotRemembered = "not_remembered";
}
