namespace CognitoKit.Protocol.UserPools;

/// <summary>
/// How a code or message is delivered. The wire members stay strings so a value Cognito adds later never fails a read;
/// these are the values the model knows.
/// </summary>
internal static class DeliveryMediumType
{
    /// <summary><c>SMS</c>.</summary>
    public const string Sms = "SMS";

    /// <summary><c>EMAIL</c>.</summary>
    public const string Email = "EMAIL";
}
