using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CognitoKit.AspNetCore;

/// <summary>How <see cref="HttpContextCognitoSessionAccessor"/> finds the current user's session.</summary>
public sealed class HttpContextCognitoSessionAccessorOptions
{
    /// <summary>
    /// The key the current user's session was saved under with <c>cognito.Sessions.SaveAsync(key, session)</c>.
    /// Default: the authenticated user's <see cref="ClaimTypes.NameIdentifier"/> (or <c>sub</c>) claim, which the Cognito
    /// scheme sets to the user's <c>sub</c>. Returning <see langword="null"/> means "no session".
    /// </summary>
    public Func<HttpContext, string?> KeySelector { get; set; } = DefaultKey;

    private static string? DefaultKey(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
            ? context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? context.User.FindFirst("sub")?.Value
            : null;
}
