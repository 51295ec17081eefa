using CognitoKit.Tokens;

namespace CognitoKit.Tests.Tokens;

/// <summary>A pool's tokens carry its original issuer or, with the updated issuer type, issuer-cognito-idp; both are its own.</summary>
public sealed class CognitoTokenValidatorIssuerFormTests
{
    [Theory]
    [InlineData(CognitoTokenUse.Access)]
    [InlineData(CognitoTokenUse.Id)]
    public async Task Validate_TokenOfAPoolWithTheUpdatedIssuer_IsValid_WithKeysFromThatIssuer(CognitoTokenUse use)
    {
        using var f = new ValidatorFixture();
        var claims = use == CognitoTokenUse.Access ? TestTokens.AccessClaims() : TestTokens.IdClaims();
        claims["iss"] = TestTokens.UpdatedIssuer;

        var result = await f.ValidateAsync(TestTokens.Sign(f.Key, claims), use);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(TestTokens.UpdatedIssuer, result.Claims.Issuer);
        Assert.Equal(new Uri(TestTokens.UpdatedIssuer + "/.well-known/jwks.json"), Assert.Single(f.Handler.Requested));
    }

    [Fact]
    public async Task Validate_TokenOfTheOriginalIssuer_FetchesOnlyTheOriginalJwks()
    {
        using var f = new ValidatorFixture();

        var result = await f.ValidateAsync(TestTokens.Sign(f.Key, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(new Uri(TestTokens.Issuer + "/.well-known/jwks.json"), Assert.Single(f.Handler.Requested));
        Assert.Equal([TestTokens.Issuer, TestTokens.UpdatedIssuer], f.Validator.AcceptedIssuers);
    }

    [Theory]
    [InlineData("https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool")]
    [InlineData("https://issuer-cognito-idp.us-east-1.amazonaws.com/eu-west-1_TestPool1")]
    [InlineData("https://issuer-cognito-idp.eu-west-1.amazonaws.com.evil.example/eu-west-1_TestPool1")]
    public async Task Validate_LookalikeOfTheUpdatedIssuer_IsWrongIssuer_WithoutAnyFetch(string issuer)
    {
        using var f = new ValidatorFixture();
        var claims = TestTokens.AccessClaims();
        claims["iss"] = issuer;

        var result = await f.ValidateAsync(TestTokens.Sign(f.Key, claims), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.WrongIssuer, result.RejectionReason);
        Assert.Equal(0, f.Handler.Fetches);
    }

    [Fact]
    public async Task Validate_WithIssuerCheckOff_NeverFetchesKeysFromTheTokensIssuer()
    {
        using var f = new ValidatorFixture(o => o.ValidateIssuer = false);
        var claims = TestTokens.AccessClaims();
        claims["iss"] = "https://attacker.example/eu-west-1_TestPool1";

        var result = await f.ValidateAsync(TestTokens.Sign(f.Key, claims), CognitoTokenUse.Access);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(new Uri(TestTokens.Issuer + "/.well-known/jwks.json"), Assert.Single(f.Handler.Requested));
    }

    [Fact]
    public async Task Validate_WithAnExplicitIssuer_AcceptsOnlyThatIssuer()
    {
        using var f = new ValidatorFixture(o => o.Issuer = TestTokens.Issuer);
        var claims = TestTokens.AccessClaims();
        claims["iss"] = TestTokens.UpdatedIssuer;

        var result = await f.ValidateAsync(TestTokens.Sign(f.Key, claims), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.WrongIssuer, result.RejectionReason);
        Assert.Equal([TestTokens.Issuer], f.Validator.AcceptedIssuers);
    }
}
