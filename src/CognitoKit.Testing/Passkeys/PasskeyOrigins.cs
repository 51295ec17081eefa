using System.Text;
using System.Text.Json;
using CognitoKit.Testing.Host;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Passkeys;

/// <summary>
/// Which page origins may use a relying party id, as browsers enforce it: an <c>https</c> origin whose host is the
/// relying party id or a subdomain of it, on any port. For a loopback relying party id (<c>localhost</c>,
/// <c>127.0.0.1</c>, <c>[::1]</c>) <c>http</c> is allowed too, since browsers treat loopback pages as secure; that is
/// what a local web app and a browser test need.
/// </summary>
internal static class PasskeyOrigins
{
    public static bool IsAllowed(string origin, string relyingPartyId)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || origin.EndsWith('/'))
        {
            return false;
        }

        var host = uri.IdnHost.Trim('[', ']');
        var rp = relyingPartyId.Trim('[', ']');
        var hostMatches = string.Equals(host, rp, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + rp, StringComparison.OrdinalIgnoreCase);
        return hostMatches && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(rp)));
    }

    public static bool IsLoopback(string relyingPartyId) =>
        relyingPartyId is "localhost" or "127.0.0.1" or "::1" or "[::1]";

    /// <summary>Reads <c>origin</c> from the base64url <c>clientDataJSON</c> of a credential's JSON, or throws InvalidParameter.</summary>
    public static string OriginOf(string clientDataJson)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(clientDataJson));
            return document.RootElement.GetProperty("origin").GetString() ?? throw new JsonException();
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or KeyNotFoundException or InvalidOperationException)
        {
            throw AwsServiceException.InvalidParameter("The credential's clientDataJSON is not base64url-encoded JSON with an origin.");
        }
    }
}
