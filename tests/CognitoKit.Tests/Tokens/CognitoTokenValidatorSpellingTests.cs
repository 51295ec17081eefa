using System.Text;
using System.Text.Json;
using CognitoKit.Tokens;

namespace CognitoKit.Tests.Tokens;

/// <summary>A value gets the same verdict however its JSON is spelled: escapes, integers, exponents, fractions.</summary>
public sealed class CognitoTokenValidatorSpellingTests
{
    public static TheoryData<string, long> DateClaimsAndOffsets => new()
    {
        { "exp", 3540 },
        { "exp", -3600 },
        { "exp", 1_000_000_000_000_000 },
        { "nbf", -60 },
        { "nbf", 600 },
        { "nbf", 1_000_000_000_000_000 },
        { "iat", -60 },
        { "iat", 600 },
        { "iat", 1_000_000_000_000_000 },
        { "auth_time", -60 },
        { "auth_time", 1_000_000_000_000_000 },
    };

    [Theory]
    [MemberData(nameof(DateClaimsAndOffsets))]
    public async Task Validate_NumericDate_GetsTheSameVerdictWhateverItsSpelling(string claim, long value)
    {
        using var f = new ValidatorFixture();
        var seconds = value >= 1_000_000_000_000_000 ? value : TestTokens.Now.ToUnixTimeSeconds() + value;
        var spellings = new[]
        {
            seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            seconds + ".0",
            seconds + ".25",
            Exponent(seconds),
            Exponent(seconds).Replace("e", "E+", StringComparison.Ordinal),
        };

        var verdicts = new List<string>();
        foreach (var spelling in spellings)
        {
            var claims = TestTokens.AccessClaims();
            claims[claim] = 0L;
            var json = JsonSerializer.Serialize(claims).Replace($"\"{claim}\":0", $"\"{claim}\":{spelling}", StringComparison.Ordinal);
            var result = await f.ValidateAsync(TestTokens.SignRaw(f.Key, TestTokens.HeaderJson("RS256", f.Key.Kid), json), CognitoTokenUse.Access);
            verdicts.Add(result.IsValid ? "valid" : result.RejectionReason.ToString()!);
        }

        Assert.True(verdicts.Distinct().Count() == 1, $"{claim} = {seconds}: " + string.Join(", ", spellings.Zip(verdicts, (s, v) => $"{s} -> {v}")));
    }

    [Theory]
    [InlineData("0.5", "NotYetValid")]
    [InlineData("0.001", "NotYetValid")]
    [InlineData("0", "valid")]
    public async Task Validate_NotBeforeWithAFractionInsideTheBoundarySecond_IsNotValidBeforeIt(string fraction, string expected)
    {
        // nbf = now + skew + fraction: at "now" the token is valid only when nbf is not later than now + skew.
        using var f = new ValidatorFixture();
        var boundary = TestTokens.Now.ToUnixTimeSeconds() + (long)f.Options.ClockSkew.TotalSeconds;
        var spelling = fraction == "0" ? boundary.ToString(System.Globalization.CultureInfo.InvariantCulture) : boundary + fraction[1..];
        var claims = TestTokens.AccessClaims();
        claims["nbf"] = 0L;
        var json = JsonSerializer.Serialize(claims).Replace("\"nbf\":0", $"\"nbf\":{spelling}", StringComparison.Ordinal);

        var result = await f.ValidateAsync(TestTokens.SignRaw(f.Key, TestTokens.HeaderJson("RS256", f.Key.Kid), json), CognitoTokenUse.Access);

        Assert.Equal(expected, result.IsValid ? "valid" : result.RejectionReason.ToString());
    }

    [Fact]
    public async Task Validate_KidWrittenWithEscapes_IsMeasuredUnescaped()
    {
        // 200 characters is within the 256-byte limit; written as \u00XX escapes it takes 1,200 bytes of JSON.
        var kid = new string('k', 200);
        using var key = new TestSigningKey(kid);
        using var f = new ValidatorFixture(key: key);
        var escaped = string.Concat(kid.Select(c => $"\\u{(int)c:x4}"));
        var header = "{\"kid\":\"" + escaped + "\",\"alg\":\"RS256\"}";

        var result = await f.ValidateAsync(TestTokens.SignRaw(key, header, JsonSerializer.Serialize(TestTokens.AccessClaims())), CognitoTokenUse.Access);

        Assert.True(result.IsValid, result.Message);
    }

    [Fact]
    public async Task Validate_KidLongerThan256BytesUnescaped_IsUnknownKey()
    {
        using var f = new ValidatorFixture();
        var escaped = string.Concat(Enumerable.Repeat("\\u006b", 257));
        var header = "{\"kid\":\"" + escaped + "\",\"alg\":\"RS256\"}";

        var result = await f.ValidateAsync(TestTokens.SignRaw(f.Key, header, JsonSerializer.Serialize(TestTokens.AccessClaims())), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.UnknownKey, result.RejectionReason);
        Assert.Contains("too long", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_HeaderWithTooManyParameters_SaysSoRatherThanRepeated()
    {
        using var f = new ValidatorFixture();
        var header = new StringBuilder("{\"kid\":\"test-key-1\",\"alg\":\"RS256\"");
        for (var i = 0; i < 40; i++)
        {
            header.Append($",\"x{i}\":{i}");
        }

        var result = await f.ValidateAsync(TestTokens.SignRaw(f.Key, header.Append('}').ToString(), JsonSerializer.Serialize(TestTokens.AccessClaims())), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Malformed, result.RejectionReason);
        Assert.Contains("more than", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("repeats", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_HeaderRepeatingAParameter_SaysRepeated()
    {
        using var f = new ValidatorFixture();
        var header = "{\"kid\":\"test-key-1\",\"alg\":\"RS256\",\"typ\":\"JWT\",\"typ\":\"JWT\"}";

        var result = await f.ValidateAsync(TestTokens.SignRaw(f.Key, header, JsonSerializer.Serialize(TestTokens.AccessClaims())), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Malformed, result.RejectionReason);
        Assert.Contains("repeats", result.Message, StringComparison.Ordinal);
    }

    private static string Exponent(long seconds)
    {
        var digits = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture).TrimStart('-');
        var sign = seconds < 0 ? "-" : string.Empty;
        var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
        return $"{sign}{mantissa}e{digits.Length - 1}";
    }
}
