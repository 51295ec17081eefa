using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace CognitoKit.Testing.Sts;

/// <summary>
/// Checks an AWS Signature Version 4 the way AWS does, from the published algorithm: canonical request
/// (method, URI, query, signed headers, payload hash), string to sign over the credential scope, and an HMAC
/// chain from the secret key. Also checks the session token, the expiry of the credentials and a 15-minute skew.
/// </summary>
internal static class SigV4Verifier
{
    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Returns the credentials that signed the request, or throws the STS error AWS would answer. The exact body
    /// bytes are hashed when the host kept them (<c>rawBody</c>); otherwise the form is re-encoded.
    /// </summary>
    public static IssuedCredentials Verify(
        HttpContext context, IReadOnlyDictionary<string, string> form, byte[]? rawBody, CredentialStore store, DateTimeOffset now, string service)
    {
        var headers = context.Request.Headers;
        var auth = SigV4Request.Parse(headers.Authorization.ToString());
        var credentials = store.Find(auth.AccessKeyId) ?? throw StsException.InvalidClientTokenId();
        if (!string.Equals(headers["X-Amz-Security-Token"].ToString(), credentials.SessionToken, StringComparison.Ordinal))
        {
            throw StsException.InvalidClientTokenId();
        }

        if (now >= credentials.Expiration)
        {
            throw new StsException("ExpiredToken", "The security token included in the request is expired", 403);
        }

        var amzDate = headers["X-Amz-Date"].ToString();
        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            throw StsException.IncompleteSignature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }

        if (!amzDate.StartsWith(auth.ScopeDate, StringComparison.Ordinal))
        {
            throw StsException.SignatureDoesNotMatch("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '" + auth.ScopeDate + "' != '" + amzDate[..8] + "', from '" + amzDate + "'.");
        }

        if (auth.Service != service)
        {
            throw StsException.SignatureDoesNotMatch("Credential should be scoped to correct service: '" + service + "'. ");
        }

        if (signedAt < now - AllowedSkew)
        {
            throw StsException.SignatureDoesNotMatch($"Signature expired: {amzDate} is now earlier than {Stamp(now - AllowedSkew)} ({Stamp(now)} - 15 min.)");
        }

        if (signedAt > now + AllowedSkew)
        {
            throw StsException.SignatureDoesNotMatch($"Signature not yet current: {amzDate} is still later than {Stamp(now + AllowedSkew)} ({Stamp(now)} + 15 min.)");
        }

        if (!auth.SignedHeaders.Contains("host"))
        {
            throw StsException.SignatureDoesNotMatch("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }

        var payloadHash = PayloadHash(headers["x-amz-content-sha256"].ToString(), form, rawBody);
        var key = SigningKey(credentials.SecretKey, auth.ScopeDate, auth.Region, auth.Service);
        var expected = Hex(auth.Signature);
        foreach (var canonicalUri in CanonicalUris(context))
        {
            var canonical = CanonicalRequest(context, canonicalUri, auth.SignedHeaders, payloadHash);
            var stringToSign = $"{SigV4Request.Algorithm}\n{amzDate}\n{auth.Scope}\n{LowerHex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
            var signature = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign));
            if (expected is not null && CryptographicOperations.FixedTimeEquals(signature, expected))
            {
                return credentials;
            }
        }

        throw StsException.SignatureDoesNotMatch("The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
    }

    /// <summary>kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").</summary>
    public static byte[] SigningKey(string secretKey, string date, string region, string service)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(key, "aws4_request"u8.ToArray());
    }

    /// <summary>RFC 3986 percent-encoding of everything but unreserved characters, upper-case hex, as SigV4 requires.</summary>
    public static string UriEncode(string value)
    {
        var result = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~')
            {
                result.Append(c);
            }
            else
            {
                result.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }

    private static string PayloadHash(string declared, IReadOnlyDictionary<string, string> form, byte[]? rawBody)
    {
        if (rawBody is not null)
        {
            var actual = LowerHex(SHA256.HashData(rawBody));
            return declared.Length == 0 || string.Equals(declared, actual, StringComparison.OrdinalIgnoreCase)
                ? actual
                : throw StsException.SignatureDoesNotMatch("The provided 'x-amz-content-sha256' header does not match what was computed.");
        }

        if (declared.Length > 0)
        {
            return declared;
        }

        // The host consumed the body to read the form: rebuild it the way AWS SDKs encode query-protocol bodies.
        var body = string.Join('&', form.Select(f => UriEncode(f.Key) + "=" + UriEncode(f.Value)));
        return LowerHex(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
    }

    /// <summary>Non-S3 services encode each path segment twice; some signers encode once. Both are tried.</summary>
    private static IEnumerable<string> CanonicalUris(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var path = raw.Split('?', 2)[0];
        if (path.Length == 0)
        {
            path = "/";
        }

        var once = string.Join('/', path.Split('/').Select(s => UriEncode(Uri.UnescapeDataString(s))));
        var twice = string.Join('/', path.Split('/').Select(s => UriEncode(UriEncode(Uri.UnescapeDataString(s)))));
        return new[] { twice, once, path }.Distinct(StringComparer.Ordinal);
    }

    private static string CanonicalRequest(HttpContext context, string canonicalUri, IReadOnlyList<string> signedHeaders, string payloadHash)
    {
        var query = (context.Request.QueryString.Value ?? string.Empty).TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Name: UriEncode(Uri.UnescapeDataString(p[0])), Value: UriEncode(Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty))))
            .Where(p => p.Name != "X-Amz-Signature")
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value);
        var canonicalHeaders = new StringBuilder();
        foreach (var name in signedHeaders)
        {
            var values = name == "host" ? [context.Request.Host.Value ?? string.Empty] : context.Request.Headers[name].ToArray();
            canonicalHeaders.Append(name).Append(':').Append(string.Join(',', values.Select(CollapseSpaces))).Append('\n');
        }

        return string.Join('\n', context.Request.Method.ToUpperInvariant(), canonicalUri, string.Join('&', query), canonicalHeaders.ToString(), string.Join(';', signedHeaders), payloadHash);
    }

    private static string CollapseSpaces(string? value) =>
        string.Join(' ', (value ?? string.Empty).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string LowerHex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    private static byte[]? Hex(string value)
    {
        try
        {
            return Convert.FromHexString(value);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
