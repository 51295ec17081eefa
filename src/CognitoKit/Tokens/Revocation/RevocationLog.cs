using Microsoft.Extensions.Logging;

namespace CognitoKit.Tokens.Revocation;

/// <summary>Log lines of revocation. Arguments are kinds and issuers, never a token, an <c>origin_jti</c> or a <c>sub</c>.</summary>
internal static partial class RevocationLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Revoked the tokens of a {Kind} of issuer {Issuer} until {ExpiresAt:O}")]
    public static partial void Recorded(ILogger logger, CognitoRevocationKind kind, string issuer, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "The session's tokens carry no origin_jti: they stay valid until they expire")]
    public static partial void NoOrigin(ILogger logger);
}
