using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CognitoKit.Errors;

namespace CognitoKit.Protocol;

/// <summary>Reads an AWS JSON 1.1 error answer into a typed <see cref="CognitoException"/>.</summary>
/// <remarks>
/// The code comes, as the AWS JSON 1.1 protocol orders it, from the <c>x-amzn-ErrorType</c> header, else the body's
/// <c>code</c>, else its <c>__type</c>; any <c>namespace#</c> prefix and <c>:uri</c> suffix is stripped. The HTTP
/// status is never used to tell errors apart. Validation messages that echo a sent value (<c>Value 'x' at 'y'</c>)
/// lose the value, so nothing the caller sent reaches an exception message.
/// </remarks>
internal static partial class CognitoErrorReader
{
    private const int ExcerptLength = 120;

    [GeneratedRegex(@"Value '.*?' at '", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex EchoedValue();

    public static CognitoException Read(HttpStatusCode status, HttpResponseHeaders headers, ReadOnlySpan<byte> body)
    {
        string? requestId = RequestIdOf(headers);
        string? typeCode = null;
        string? bodyCode = null;
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
                        bool isType = reader.ValueTextEquals("__type"u8);
                        bool isCode = reader.ValueTextEquals("code"u8);
                        bool isMessage = reader.ValueTextEquals("message"u8) || reader.ValueTextEquals("Message"u8);
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.String && (isType || isCode || isMessage))
                        {
                            if (isType) { typeCode ??= reader.GetString(); }
                            else if (isCode) { bodyCode ??= reader.GetString(); }
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

        string? headerCode = headers.TryGetValues("x-amzn-ErrorType", out var typeHeader) ? typeHeader.FirstOrDefault() : null;
        string? code = Normalize(headerCode) ?? Normalize(bodyCode) ?? Normalize(typeCode);
        if (code is null)
        {
            string what = isJson ? "a JSON error without an error code" : body.IsEmpty ? "an empty body" : "a body that is not JSON";
            return new CognitoProtocolException(
                $"Cognito answered HTTP {(int)status} with {what}{Excerpt(body, isJson)}.", requestId, status);
        }

        return CognitoErrorFactory.Create(code, Sanitize(message) ?? code, requestId, status);
    }

    public static string? RequestIdOf(HttpResponseHeaders headers) =>
        headers.TryGetValues("x-amzn-RequestId", out var values) ? values.FirstOrDefault() : null;

    /// <summary>Drops values the service echoes back in validation messages; they may be what the caller sent.</summary>
    internal static string? Sanitize(string? message) =>
        string.IsNullOrWhiteSpace(message) ? null : EchoedValue().Replace(message, "Value at '");

    /// <summary>Whether a body is (or starts as) JSON, which may carry tokens and so is never excerpted.</summary>
    internal static bool LooksLikeJson(ReadOnlySpan<byte> body)
    {
        ReadOnlySpan<byte> trimmed = body.TrimStart(" \t\r\n"u8);
        return !trimmed.IsEmpty && (trimmed[0] == (byte)'{' || trimmed[0] == (byte)'[');
    }

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
        if (body.IsEmpty || isJson || LooksLikeJson(body)) { return string.Empty; }
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
