using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using CognitoKit.Testing.Tests.IdentityPools;
using CognitoKit.Testing.Tests.Sts;

namespace CognitoKit.Testing.Tests;

/// <summary>
/// Form-encoded services see the exact request bytes: the host buffers the body before reading the form and rewinds
/// it, so STS hashes what was signed, not a re-encoding of the parsed form.
/// </summary>
public sealed class RawFormBodyTests
{
    [Fact]
    public async Task GetCallerIdentity_SignedOverABodyEncodedUnusually_IsVerifiedAgainstTheExactBytes()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var credentials = (await StsTestBed.SignedInCredentialsAsync(bed))["Credentials"]!;

        // '%2D' for '-' and the members out of order: a re-encoded form would hash differently.
        var (status, body) = await SendSignedAsync(bed, credentials, "Version=2011%2D06%2D15&Action=GetCallerIdentity", declaredHash: null);

        Assert.Equal(200, status);
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/signed-in-users/CognitoIdentityCredentials", body.Descendants(StsTestBed.Ns + "Arn").Single().Value);
    }

    [Fact]
    public async Task GetCallerIdentity_WhoseContentShaHeaderDoesNotMatchTheBody_ThrowsSignatureDoesNotMatch()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var credentials = (await StsTestBed.SignedInCredentialsAsync(bed))["Credentials"]!;
        var otherBodyHash = Hex(SHA256.HashData("Action=GetCallerIdentity&Version=2011-06-15&Extra=1"u8.ToArray()));

        var (status, body) = await SendSignedAsync(bed, credentials, "Action=GetCallerIdentity&Version=2011-06-15", declaredHash: otherBodyHash);

        Assert.Equal(403, status);
        Assert.Equal("SignatureDoesNotMatch", StsTestBed.ErrorCode(body));
        Assert.Contains("x-amz-content-sha256", body.Descendants(StsTestBed.Ns + "Message").Single().Value, StringComparison.Ordinal);
    }

    /// <summary>Signs with SigV4 from the published algorithm (written here, independent of the emulator's verifier).</summary>
    private static async Task<(int Status, XElement Body)> SendSignedAsync(IdentityTestBed bed, JsonNode credentials, string form, string? declaredHash)
    {
        var accessKey = (string)credentials["AccessKeyId"]!;
        var secret = (string)credentials["SecretKey"]!;
        var token = (string)credentials["SessionToken"]!;
        var now = bed.Clock.GetUtcNow().UtcDateTime;
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        var host = bed.Cognito.Endpoint.Authority;
        var bytes = Encoding.UTF8.GetBytes(form);
        var payloadHash = declaredHash ?? Hex(SHA256.HashData(bytes));
        var signedHeaders = declaredHash is null ? "host;x-amz-date;x-amz-security-token" : "host;x-amz-content-sha256;x-amz-date;x-amz-security-token";
        var canonicalHeaders = "host:" + host + "\n"
            + (declaredHash is null ? string.Empty : "x-amz-content-sha256:" + declaredHash + "\n")
            + "x-amz-date:" + amzDate + "\nx-amz-security-token:" + token + "\n";
        var canonical = string.Join('\n', "POST", "/", string.Empty, canonicalHeaders, signedHeaders, payloadHash);
        var scope = date + "/us-east-1/sts/aws4_request";
        var toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + secret), date), "us-east-1"), "sts"), "aws4_request");
        var signature = Hex(Hmac(key, toSign));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-8");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", token);
        if (declaredHash is not null)
        {
            request.Headers.TryAddWithoutValidation("x-amz-content-sha256", declaredHash);
        }

        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={accessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
        using var response = await bed.Scenario.Wire.Http.SendAsync(request);
        return ((int)response.StatusCode, XElement.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
