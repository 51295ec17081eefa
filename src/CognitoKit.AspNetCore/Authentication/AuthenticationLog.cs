using CognitoKit.Tokens;
using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore;

/// <summary>Log lines of the Cognito scheme. Arguments are reasons and the validator's safe messages, never tokens.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Scheme {Scheme} rejected a bearer token ({Reason}): {Detail}")]
    public static partial void TokenRejected(ILogger logger, string scheme, TokenRejectionReason reason, string detail);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Debug, Message = "Scheme {Scheme} authenticated subject {Subject} from client {ClientId}")]
    public static partial void TokenValidated(ILogger logger, string scheme, string subject, string? clientId);
}
