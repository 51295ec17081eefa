using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CognitoKit.AspNetCore;

/// <summary>Reads the token of an <c>Authorization: Bearer</c> header, for the CognitoKit handler and the JwtBearer bridge alike.</summary>
internal static class BearerHeader
{
    private const string Prefix = "Bearer ";

    /// <summary>The token after <c>Bearer </c> (case-insensitive), trimmed; null when the request has no bearer header.</summary>
    public static string? Read(HttpRequest request)
    {
        string? authorization = request.Headers[HeaderNames.Authorization];
        if (authorization is null || !authorization.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return authorization[Prefix.Length..].Trim();
    }
}
