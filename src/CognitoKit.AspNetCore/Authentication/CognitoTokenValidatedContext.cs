using CognitoKit.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace CognitoKit.AspNetCore;

/// <summary>The context of <see cref="CognitoAuthenticationEvents.OnTokenValidated"/>: the token passed every check.</summary>
/// <param name="context">The HTTP context.</param>
/// <param name="scheme">The scheme.</param>
/// <param name="options">The scheme's options.</param>
/// <param name="claims">The typed claims of the token.</param>
public sealed class CognitoTokenValidatedContext(
    HttpContext context, AuthenticationScheme scheme, CognitoAuthenticationOptions options, CognitoTokenClaims claims)
    : ResultContext<CognitoAuthenticationOptions>(context, scheme, options)
{
    /// <summary>The typed claims of the validated token (subject, username, groups, scopes, <c>jti</c>, ...).</summary>
    public CognitoTokenClaims Claims { get; } = claims;
}
