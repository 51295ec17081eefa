using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace CognitoKit.Testing.Sts;

/// <summary>Writes STS answers: <c>{Action}Response/{Action}Result</c> with <c>ResponseMetadata</c>, or <c>ErrorResponse</c>.</summary>
internal static class StsXml
{
    public static readonly XNamespace Ns = "https://sts.amazonaws.com/doc/2011-06-15/";

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>ISO 8601 in UTC, as STS writes <c>Expiration</c>.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static Task WriteResultAsync(HttpContext context, string action, string requestId, XElement result)
    {
        var document = E(action + "Response", result, E("ResponseMetadata", E("RequestId", requestId)));
        return WriteAsync(context, document, 200);
    }

    public static Task WriteErrorAsync(HttpContext context, string requestId, StsException error)
    {
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        var type = error.StatusCode >= 500 ? "Receiver" : "Sender";
        var document = E(
            "ErrorResponse",
            E("Error", E("Type", type), E("Code", error.Code), E("Message", error.Message)),
            E("RequestId", requestId));
        return WriteAsync(context, document, error.StatusCode);
    }

    private static async Task WriteAsync(HttpContext context, XElement document, int statusCode)
    {
        var bytes = Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting));
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/xml";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }
}
