using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CognitoKit.Protocol;

/// <summary>Reads an AWS JSON 1.1 error answer into a typed <see cref="CognitoException"/>.</summary>
/// <remarks>
/// The code comes from the body's <c>__type</c> (any <c>namespace#</c> prefix and <c>:uri</c> suffix stripped) or else
/// the <c>x-amzn-ErrorType</c> header; the HTTP status is never used to tell errors apart.
/// </remarks>
internal static class CognitoErrorReader
{
    private const int ExcerptLength = 120;

    public static CognitoException Read(HttpStatusCode status, HttpResponseHeaders headers, ReadOnlySpan<byte> body)
    {
        string? requestId = RequestIdOf(headers);
        string? code = null;
        string? message = null;
        bool isJson = false;

        if (!body.IsEmpty)
        {
            try
            {
                var reader = new Utf8JsonReader(body);
                if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    isJson = true;
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        bool isType = reader.ValueTextEquals("__type"u8) || reader.ValueTextEquals("code"u8);
                        bool isMessage = reader.ValueTextEquals("message"u8) || reader.ValueTextEquals("Message"u8);
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.String && (isType || isMessage))
                        {
                            if (isType) { code ??= reader.GetString(); }
                            else { message ??= reader.GetString(); }
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }
                }
            }
            catch (JsonException)
            {
                isJson = false;
            }
        }

        if (headers.TryGetValues("x-amzn-ErrorType", out var typeHeader))
        {
            code ??= typeHeader.FirstOrDefault();
        }

        code = Normalize(code);
        if (code is null)
        {
            string what = isJson ? "a JSON error without an error code" : body.IsEmpty ? "an empty body" : "a body that is not JSON";
            return new CognitoProtocolException(
                $"Cognito answered HTTP {(int)status} with {what}{Excerpt(body, isJson)}.", requestId, status);
        }

        return CognitoErrorFactory.Create(code, message ?? code, requestId, status);
    }

    public static string? RequestIdOf(HttpResponseHeaders headers) =>
        headers.TryGetValues("x-amzn-RequestId", out var values) ? values.FirstOrDefault() : null;

    /// <summary>Strips <c>namespace#</c> before and <c>:uri</c> after the code.</summary>
    internal static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) { return null; }
        int hash = code.LastIndexOf('#');
        if (hash >= 0) { code = code[(hash + 1)..]; }
        int colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0) { code = code[..colon]; }
        code = code.Trim();
        return code.Length == 0 ? null : code;
    }

    /// <summary>A short, printable excerpt of a body that is not a Cognito answer (an HTML page from a proxy, say).</summary>
    internal static string Excerpt(ReadOnlySpan<byte> body, bool isJson)
    {
        if (body.IsEmpty || isJson) { return string.Empty; }
        string text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, ExcerptLength * 4)]);
        var sb = new StringBuilder(ExcerptLength);
        bool lastSpace = false;
        foreach (char c in text)
        {
            if (sb.Length >= ExcerptLength) { break; }
            bool space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (space) { if (!lastSpace && sb.Length > 0) { sb.Append(' '); } lastSpace = true; continue; }
            lastSpace = false;
            sb.Append(c);
        }
        string excerpt = sb.ToString().Trim();
        return excerpt.Length == 0 ? string.Empty : $": \"{excerpt}{(text.Length > excerpt.Length ? "…" : string.Empty)}\"";
    }
}
