namespace CognitoKit.Protocol.UserPools;

/// <summary>
/// What AdminCreateUser does about the invitation message. The wire members stay strings so a value Cognito adds later never fails a read;
/// these are the values the model knows.
/// </summary>
internal static class MessageActionType
{
    /// <summary><c>RESEND</c>.</summary>
    public const string Resend = "RESEND";

    /// <summary><c>SUPPRESS</c>.</summary>
    public const string Suppress = "SUPPRESS";
}
