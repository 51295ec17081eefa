using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace CognitoKit.AspNetCore;

/// <summary>The context of <see cref="CognitoAuthenticationEvents.OnMessageReceived"/>.</summary>
/// <param name="context">The HTTP context.</param>
/// <param name="scheme">The scheme.</param>
/// <param name="options">The scheme's options.</param>
public sealed class CognitoMessageReceivedContext(HttpContext context, AuthenticationScheme scheme, CognitoAuthenticationOptions options)
    : ResultContext<CognitoAuthenticationOptions>(context, scheme, options)
{
    /// <summary>The token to validate instead of the one in the <c>Authorization</c> header; <see langword="null"/> to read the header.</summary>
    public string? Token { get; set; }
}
