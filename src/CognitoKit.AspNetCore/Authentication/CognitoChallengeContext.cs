using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace CognitoKit.AspNetCore;

/// <summary>The context of <see cref="CognitoAuthenticationEvents.OnChallenge"/>: what is about to be answered.</summary>
/// <param name="context">The HTTP context.</param>
/// <param name="scheme">The scheme.</param>
/// <param name="options">The scheme's options.</param>
/// <param name="properties">The challenge's authentication properties.</param>
public sealed class CognitoChallengeContext(
    HttpContext context, AuthenticationScheme scheme, CognitoAuthenticationOptions options, AuthenticationProperties properties)
    : PropertiesContext<CognitoAuthenticationOptions>(context, scheme, options, properties)
{
    /// <summary>Why authentication failed, when a token was sent; <see langword="null"/> when none was.</summary>
    public Exception? AuthenticateFailure { get; init; }

    /// <summary>The status code to answer: <c>401</c>, or <c>403</c> for a token lacking a group or scope the validator requires.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status401Unauthorized;

    /// <summary>The RFC 6750 <c>error</c> (<c>invalid_token</c>, <c>insufficient_scope</c>); <see langword="null"/> for a plain challenge.</summary>
    public string? Error { get; set; }

    /// <summary>The RFC 6750 <c>error_description</c>: a fixed sentence per failure, never token contents.</summary>
    public string? ErrorDescription { get; set; }

    /// <summary>Whether the response was written by the event, so the scheme writes nothing.</summary>
    public bool Handled { get; private set; }

    /// <summary>Skips the scheme's own challenge: the event wrote the response.</summary>
    public void HandleResponse() => Handled = true;
}
