using CognitoKit.Tokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.AspNetCore;

/// <summary>
/// Raised inside Microsoft.IdentityModel (and seen by <c>JwtBearerEvents.OnAuthenticationFailed</c>) when the Cognito
/// validator refuses a token that the parameters of <see cref="CognitoTokenValidationParameters"/> let through so far.
/// </summary>
public sealed class CognitoSecurityTokenRejectedException : SecurityTokenValidationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">Why the Cognito validator refused the token.</param>
    /// <param name="message">The validator's description, which never contains the token.</param>
    public CognitoSecurityTokenRejectedException(TokenRejectionReason reason, string? message)
        : base(message ?? "The Cognito validator refused the token.")
    {
        Reason = reason;
    }

    /// <summary>Why the Cognito validator refused the token.</summary>
    public TokenRejectionReason Reason { get; }
}
