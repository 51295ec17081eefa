using Microsoft.Extensions.Logging;

namespace CognitoKit.SignIn;

/// <summary>Sign-in log lines. Arguments are challenge names and error codes only, never a secret or username.</summary>
internal static partial class SignInLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "Sign-in answered {ChallengeName} automatically")]
    public static partial void AnsweredAutomatically(ILogger logger, string challengeName);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Sign-in received a challenge CognitoKit does not know: {ChallengeName}")]
    public static partial void UnknownChallenge(ILogger logger, string challengeName);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Cognito refused to confirm the new device ({ErrorCode}); the user is signed in without a device, and Cognito may refuse to refresh the session")]
    public static partial void DeviceNotConfirmed(ILogger logger, string errorCode);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Cognito refused the presented device ({ErrorCode}); signing in again without it")]
    public static partial void PresentedDeviceRefused(ILogger logger, string errorCode);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "The device keeper failed ({Operation}, {ErrorType}); the sign-in goes on without it")]
    public static partial void DeviceKeeperFailed(ILogger logger, string operation, string errorType, Exception exception);
}
