using System.Text;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Validation;

namespace CognitoKit.Tests.Tokens;

/// <summary>The reader behind every unverified claim read (session expiries and username, identity subjects, hosted
/// nonce and at_hash): it holds a payload to the validator's rules, so it never reads a value the validator would not.</summary>
public sealed class UnverifiedJwtReaderTests
{
    [Fact]
    public void ReadString_ReturnsTheClaim()
    {
        string jwt = Jwt("""{"sub":"abc-123","exp":1700000000,"nonce":"n0"}""");

        Assert.Equal("abc-123", UnverifiedJwtReader.ReadString(jwt, "sub"));
        Assert.Equal("n0", UnverifiedJwtReader.ReadString(jwt, "nonce"));
        Assert.Equal(1700000000, UnverifiedJwtReader.ReadInteger(jwt, "exp"));
    }

    [Fact]
    public void ReadString_WithTheClaimNamedTwice_ReturnsNull()
    {
        string jwt = Jwt("""{"sub":"victim","sub":"attacker"}""");

        Assert.Null(UnverifiedJwtReader.ReadString(jwt, "sub"));
    }

    [Fact]
    public void ReadString_WithAnEscapedDuplicateName_ReturnsNull()
    {
        string jwt = Jwt("""{"sub":"victim","s\u0075b":"attacker"}""");

        Assert.Null(UnverifiedJwtReader.ReadString(jwt, "sub"));
    }

    [Theory]
    [InlineData("""{"sub":42}""")]
    [InlineData("""{"sub":""}""")]
    [InlineData("""{"other":"x"}""")]
    [InlineData("""["sub","x"]""")]
    [InlineData("""{"sub":"x"} trailing""")]
    public void ReadString_WithoutAUsableStringClaim_ReturnsNull(string payload)
    {
        Assert.Null(UnverifiedJwtReader.ReadString(Jwt(payload), "sub"));
    }

    [Fact]
    public void ReadString_KeepEmpty_ReturnsAnEmptyClaim()
    {
        Assert.Equal(string.Empty, UnverifiedJwtReader.ReadString(Jwt("""{"at_hash":""}"""), "at_hash", keepEmpty: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("only.two")]
    [InlineData("a.b.c.d")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0=.sig")] // padding is not base64url
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In1.sig")] // non-canonical final character
    public void IsReadable_RefusesWhatIsNotACompactJwt(string token)
    {
        Assert.False(UnverifiedJwtReader.IsReadable(token));
        Assert.Null(UnverifiedJwtReader.ReadString(token, "sub"));
    }

    [Fact]
    public void ReadInteger_WithAFractionOrAString_ReturnsNull()
    {
        Assert.Null(UnverifiedJwtReader.ReadInteger(Jwt("""{"exp":1.5}"""), "exp"));
        Assert.Null(UnverifiedJwtReader.ReadInteger(Jwt("""{"exp":"1700000000"}"""), "exp"));
    }

    private static string Jwt(string payload) =>
        Segment("""{"alg":"RS256","kid":"k"}""") + "." + Segment(payload) + ".c2ln";

    private static string Segment(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
