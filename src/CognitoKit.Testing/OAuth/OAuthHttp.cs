using System.Text;
using System.Text.Json.Nodes;

namespace CognitoKit.Testing.OAuth;

/// <summary>How the domain answers: OAuth JSON, HTML pages and redirects, never AWS JSON errors.</summary>
internal static class OAuthHttp
{
    public static Task WriteJsonAsync(HttpContext context, JsonObject body, int statusCode = 200)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json;charset=UTF-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, OAuthError error)
    {
        var body = new JsonObject { ["error"] = error.Error };
        if (error.Description is not null)
        {
            body["error_description"] = error.Description;
        }

        if (error.StatusCode == 401)
        {
            context.Response.Headers.WWWAuthenticate = $"Bearer error=\"{error.Error}\"";
        }

        return WriteJsonAsync(context, body, error.StatusCode);
    }

    public static Task WriteHtmlAsync(HttpContext context, string html, int statusCode = 200)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
    }

    public static void Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = location;
        context.Response.Headers.CacheControl = "no-store";
    }

    /// <summary>Appends query members to an address that may already have a query.</summary>
    public static string WithQuery(string address, params (string Name, string? Value)[] members)
    {
        var builder = new StringBuilder(address);
        var separator = address.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var (name, value) in members.Where(m => m.Value is not null))
        {
            builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value!));
            separator = '&';
        }

        return builder.ToString();
    }

    public static string? Query(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
}
