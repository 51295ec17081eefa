using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore;

/// <summary>The web sign-in's log messages (never a token, password or code).</summary>
internal static partial class WebSignInLog
{
    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Web session not found in the session store (signed out or expired): the user is signed out.")]
    public static partial void SessionGone(ILogger logger);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Information, Message = "Cognito refused to refresh the web session of {Username}: the user is signed out.")]
    public static partial void RefreshRefused(ILogger logger, string username);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Warning, Message = "The ID token of {Username}'s web session was rejected ({Reason}): the user is signed out.")]
    public static partial void IdTokenRejected(ILogger logger, string username, string? reason);

    [LoggerMessage(EventId = 7304, Level = LogLevel.Information, Message = "Web sign-in failed: {Error}.")]
    public static partial void SignInFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 7305, Level = LogLevel.Warning, Message = "Revoking the session of {Username} at Cognito failed while signing out; the local session is removed anyway.")]
    public static partial void RevokeFailed(ILogger logger, string username, Exception exception);

    [LoggerMessage(EventId = 7306, Level = LogLevel.Warning, Message = "Refreshing the web session of {Username} failed ({Error}); its tokens still work, so the request goes on and a later one retries.")]
    public static partial void RefreshPostponed(ILogger logger, string username, string error);

    [LoggerMessage(EventId = 7307, Level = LogLevel.Information, Message = "{Username} signed in through the hosted UI.")]
    public static partial void HostedSignedIn(ILogger logger, string username);

    [LoggerMessage(EventId = 7308, Level = LogLevel.Warning, Message = "Hosted UI sign-in failed ({Failure}): {Reason}.")]
    public static partial void HostedSignInFailed(ILogger logger, CognitoHostedSignInFailure failure, string reason);
}
