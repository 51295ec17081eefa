using CognitoKit.Tokens;

namespace CognitoKit.Tests.Tokens;

public sealed class CognitoTokenValidationOptionsTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public void Issuer_FromRegionAndPool_IsTheCognitoIssuer()
    {
        var v = Create(new CognitoTokenValidationOptions { Region = "eu-west-1", UserPoolId = "eu-west-1_Abc" });

        Assert.Equal("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc", v.Issuer);
        Assert.Equal(new Uri("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc/.well-known/jwks.json"), v.JwksUri);
    }

    [Fact]
    public void Issuer_FromPoolAlone_TakesTheRegionFromThePoolId()
    {
        var v = Create(new CognitoTokenValidationOptions { UserPoolId = "ap-southeast-2_XyZ" });

        Assert.Equal("https://cognito-idp.ap-southeast-2.amazonaws.com/ap-southeast-2_XyZ", v.Issuer);
    }

    [Fact]
    public void Issuer_GivenExplicitly_WinsAndLosesItsTrailingSlash()
    {
        var v = Create(new CognitoTokenValidationOptions { Issuer = "http://localhost:9229/local_4Fh2/", UserPoolId = "ignored_x" });

        Assert.Equal("http://localhost:9229/local_4Fh2", v.Issuer);
        Assert.Equal(new Uri("http://localhost:9229/local_4Fh2/.well-known/jwks.json"), v.JwksUri);
    }

    [Theory]
    [InlineData(null, null, null, "UserPoolId")]
    [InlineData(null, "NoRegionPool", null, "Region")]
    [InlineData(null, null, "not a url", "Issuer")]
    [InlineData(null, null, "ftp://x/y", "Issuer")]
    [InlineData("eu-west-1", "pool/../x", null, "UserPoolId")]
    public void IncompleteOptions_ThrowArgumentExceptionNamingTheOption(string? region, string? pool, string? issuer, string option)
    {
        var ex = Assert.Throws<ArgumentException>(() => Create(new CognitoTokenValidationOptions { Region = region, UserPoolId = pool, Issuer = issuer }));

        Assert.Contains(option, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoClientIds_WithTheClientCheckOn_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CognitoTokenValidator(new CognitoTokenValidationOptions { UserPoolId = "eu-west-1_Abc" }, Http));

        Assert.Contains("AllowedClientIds", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(301)]
    public void ClockSkew_OutOfRange_Throws(int seconds)
    {
        var ex = Assert.Throws<ArgumentException>(() => Create(new CognitoTokenValidationOptions { UserPoolId = "eu-west-1_Abc", ClockSkew = TimeSpan.FromSeconds(seconds) }));

        Assert.Contains("ClockSkew", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_ChangedAfterConstruction_DoNotAffectTheValidator()
    {
        using var f = new ValidatorFixture();
        f.Options.ValidateIssuer = false;
        f.Options.AllowedClientIds.Clear();
        var claims = TestTokens.AccessClaims();
        claims["iss"] = "https://elsewhere.example";

        var result = await f.ValidateAsync(TestTokens.Sign(f.Key, claims), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.WrongIssuer, result.RejectionReason);
    }

    private static CognitoTokenValidator Create(CognitoTokenValidationOptions options)
    {
        options.AllowedClientIds.Add("client");
        return new CognitoTokenValidator(options, Http);
    }
}
