using CognitoKit.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace CognitoKit.AspNetCore;

/// <summary>The context of <see cref="CognitoAuthenticationEvents.OnAuthenticationFailed"/>: the token was rejected.</summary>
/// <param name="context">The HTTP context.</param>
/// <param name="scheme">The scheme.</param>
/// <param name="options">The scheme's options.</param>
/// <param name="exception">Why the token was rejected.</param>
public sealed class CognitoAuthenticationFailedContext(
    HttpContext context, AuthenticationScheme scheme, CognitoAuthenticationOptions options, CognitoTokenValidationException exception)
    : ResultContext<CognitoAuthenticationOptions>(context, scheme, options)
{
    /// <summary>The rejection: <see cref="CognitoTokenValidationException.Reason"/> and a message safe to log.</summary>
    public CognitoTokenValidationException Exception { get; } = exception;
}
