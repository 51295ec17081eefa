using System.Text.Json;
using CognitoKit.Tokens;

namespace CognitoKit.Tests.Tokens;

public sealed class CognitoTokenValidatorMalformedTests : IDisposable
{
    private const string Header = "{\"kid\":\"test-key-1\",\"alg\":\"RS256\"}";
    private readonly ValidatorFixture _f = new();

    public void Dispose() => _f.Dispose();

    public static TheoryData<string, string> BadPayloads => new()
    {
        { "duplicate exp", Replace("\"exp\":", "\"exp\":1,\"exp\":") },
        { "duplicate unknown claim", Replace("\"version\":2", "\"custom:x\":1,\"custom:x\":2,\"version\":2") },
        { "duplicate claim hidden by an escape", Replace("\"version\":2", "\"v\\u0065rsion\":3,\"version\":2") },
        { "exp as string", Replace("\"exp\":", "\"exp\":\"soon\",\"x\":") },
        { "token_use as number", Replace("\"token_use\":\"access\"", "\"token_use\":2") },
        { "iss as number", Replace("\"iss\":\"" + TestTokens.Issuer + "\"", "\"iss\":1") },
        { "sub as array", Replace("\"sub\":\"6a1b2c3d-1111-2222-3333-444455556666\"", "\"sub\":[\"a\"]") },
        { "groups as string", Replace("\"cognito:groups\":[\"admins\",\"readers\"]", "\"cognito:groups\":\"admins\"") },
        { "groups holding a number", Replace("\"cognito:groups\":[\"admins\",\"readers\"]", "\"cognito:groups\":[\"admins\",1]") },
        { "client_id as object", Replace("\"client_id\":\"" + TestTokens.ClientId + "\"", "\"client_id\":{}") },
        { "payload is an array", "[1,2,3]" },
        { "payload is not JSON", "this is not json" },
        { "payload is truncated JSON", Payload()[..^5] },
        { "payload has trailing content", Payload() + "{}" },
        { "payload missing sub", Replace("\"sub\":\"6a1b2c3d-1111-2222-3333-444455556666\",", string.Empty) },
        { "payload missing exp", RemoveClaim("exp") },
        { "payload missing iat", RemoveClaim("iat") },
        { "exp out of range", Replace("\"exp\":", "\"exp\":1e300,\"x\":") },
    };

    [Theory]
    [MemberData(nameof(BadPayloads))]
    public async Task Validate_BadPayload_IsMalformed(string why, string payloadJson)
    {
        var token = TestTokens.SignRaw(_f.Key, Header, payloadJson);

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.True(result.RejectionReason == TokenRejectionReason.Malformed, $"{why}: {result}");
    }

    [Theory]
    [InlineData("{\"kid\":\"test-key-1\",\"alg\":\"RS256\",\"alg\":\"none\"}")]
    [InlineData("{\"kid\":\"test-key-1\",\"alg\":256}")]
    [InlineData("{\"kid\":7,\"alg\":\"RS256\"}")]
    [InlineData("{\"kid\":\"test-key-1\",\"alg\":\"RS256\",\"crit\":[\"exp\"]}")]
    [InlineData("not json")]
    [InlineData("[\"RS256\"]")]
    [InlineData("")]
    public async Task Validate_BadHeader_IsMalformed(string headerJson)
    {
        var token = TestTokens.SignRaw(_f.Key, headerJson, Payload());

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Malformed, result.RejectionReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("..")]
    [InlineData("e30.e30.e30=")]
    [InlineData("e30.e30!.AAAA")]
    [InlineData("eyJ+.e30.AAAA")]
    [InlineData("e30.e30.A")]
    [InlineData("e30 .e30.AAAA")]
    [InlineData("ééé.e30.AAAA")]
    public async Task Validate_BrokenCompactForm_IsMalformed(string token)
    {
        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Malformed, result.RejectionReason);
        Assert.Equal(0, _f.Handler.Fetches);
    }

    [Fact]
    public async Task Validate_TokenOverTheCap_IsMalformed()
    {
        var claims = TestTokens.AccessClaims();
        claims["custom:padding"] = new string('x', 200_000);
        var token = TestTokens.Sign(_f.Key, claims);
        Assert.True(token.Length > CognitoTokenValidator.MaxTokenLength);

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Malformed, result.RejectionReason);
        Assert.Equal(0, _f.Handler.Fetches);
    }

    [Fact]
    public async Task Validate_UserIn100GroupsWith128CharacterNames_IsAccepted()
    {
        // Cognito's limits: 100 groups per user, group names of up to 128 characters; the ID token also names each group's role.
        var groups = Enumerable.Range(0, 100).Select(i => $"{i:D3}" + new string('g', 125)).ToArray();
        var claims = TestTokens.IdClaims();
        claims["cognito:groups"] = groups;
        claims["cognito:roles"] = groups.Select(g => "arn:aws:iam::123456789012:role/" + g[..64]).ToArray();
        claims["cognito:preferred_role"] = "arn:aws:iam::123456789012:role/" + groups[0][..64];
        var token = TestTokens.Sign(_f.Key, claims);
        Assert.True(token.Length > 16 * 1024);

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Id);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(100, result.Claims.Groups.Count);
    }

    [Fact]
    public async Task Validate_RandomGarbage_NeverThrows()
    {
        var random = new Random(1234);
        var valid = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        for (var i = 0; i < 500; i++)
        {
            var chars = valid.ToCharArray();
            for (var j = 0; j < 1 + random.Next(5); j++)
            {
                chars[random.Next(chars.Length)] = (char)random.Next(32, 127);
            }

            var result = await _f.ValidateAsync(new string(chars), CognitoTokenUse.Access);

            Assert.True(result.IsValid || result.RejectionReason is not null);
        }
    }

    [Fact]
    public async Task Validate_NullToken_ThrowsArgumentNull()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await _f.Validator.ValidateAsync(null!, CognitoTokenUse.Access));
    }

    private static string Payload() => JsonSerializer.Serialize(TestTokens.AccessClaims());

    private static string Replace(string from, string to)
    {
        var payload = Payload();
        Assert.Contains(from, payload, StringComparison.Ordinal);
        return payload.Replace(from, to, StringComparison.Ordinal);
    }

    private static string RemoveClaim(string name)
    {
        var claims = TestTokens.AccessClaims();
        claims.Remove(name);
        return JsonSerializer.Serialize(claims);
    }
}
