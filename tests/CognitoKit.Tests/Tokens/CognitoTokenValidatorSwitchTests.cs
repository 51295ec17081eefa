using CognitoKit.Tokens;

namespace CognitoKit.Tests.Tokens;

public sealed class CognitoTokenValidatorSwitchTests
{
    private static readonly string[] SwitchNames =
    [
        nameof(CognitoTokenValidationOptions.ValidateIssuer),
        nameof(CognitoTokenValidationOptions.ValidateTokenUse),
        nameof(CognitoTokenValidationOptions.ValidateClientId),
        nameof(CognitoTokenValidationOptions.ValidateExpiration),
        nameof(CognitoTokenValidationOptions.ValidateNotBefore),
        nameof(CognitoTokenValidationOptions.ValidateIssuedAt),
    ];

    public static TheoryData<string> Switches => new(SwitchNames);

    [Theory]
    [MemberData(nameof(Switches))]
    public async Task Switch_On_RejectsTheViolation_AndOff_AcceptsIt(string name)
    {
        var (claims, expected) = Violate(name);

        using var strict = new ValidatorFixture();
        var strictResult = await strict.ValidateAsync(TestTokens.Sign(strict.Key, claims), CognitoTokenUse.Access);

        using var relaxed = new ValidatorFixture(o => typeof(CognitoTokenValidationOptions).GetProperty(name)!.SetValue(o, false));
        var relaxedResult = await relaxed.ValidateAsync(TestTokens.Sign(relaxed.Key, claims), CognitoTokenUse.Access);

        Assert.Equal(expected, strictResult.RejectionReason);
        Assert.True(relaxedResult.IsValid, relaxedResult.Message);
    }

    [Fact]
    public void Options_ByDefault_TurnEveryCheckOn()
    {
        var options = new CognitoTokenValidationOptions();

        Assert.All(SwitchNames, name => Assert.True((bool)typeof(CognitoTokenValidationOptions).GetProperty(name)!.GetValue(options)!));
        Assert.Equal(TimeSpan.FromSeconds(60), options.ClockSkew);
    }

    [Fact]
    public async Task ClientCheckOff_AcceptsAnyClient_AndReportsIt()
    {
        using var f = new ValidatorFixture(o =>
        {
            o.ValidateClientId = false;
            o.AllowedClientIds.Clear();
        });
        var claims = TestTokens.AccessClaims();
        claims["client_id"] = "whatever-client";

        var result = await f.ValidateAsync(TestTokens.Sign(f.Key, claims), CognitoTokenUse.Access);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal("whatever-client", result.Claims.ClientId);
    }

    [Fact]
    public async Task IssuerCheckOff_StillNeverAcceptsABadSignature()
    {
        using var f = new ValidatorFixture(o => o.ValidateIssuer = false);
        using var other = new TestSigningKey(f.Key.Kid);

        var result = await f.ValidateAsync(TestTokens.Sign(other, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.InvalidSignature, result.RejectionReason);
    }

    private static (Dictionary<string, object?> Claims, TokenRejectionReason Expected) Violate(string name)
    {
        var claims = TestTokens.AccessClaims();
        var now = TestTokens.Now;
        switch (name)
        {
            case nameof(CognitoTokenValidationOptions.ValidateIssuer):
                claims["iss"] = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Elsewhere";
                return (claims, TokenRejectionReason.WrongIssuer);
            case nameof(CognitoTokenValidationOptions.ValidateTokenUse):
                claims["token_use"] = "id";
                return (claims, TokenRejectionReason.WrongTokenUse);
            case nameof(CognitoTokenValidationOptions.ValidateClientId):
                claims["client_id"] = "not-allowed";
                return (claims, TokenRejectionReason.WrongClient);
            case nameof(CognitoTokenValidationOptions.ValidateExpiration):
                claims["iat"] = now.AddHours(-3).ToUnixTimeSeconds();
                claims["exp"] = now.AddHours(-2).ToUnixTimeSeconds();
                return (claims, TokenRejectionReason.Expired);
            case nameof(CognitoTokenValidationOptions.ValidateNotBefore):
                claims["nbf"] = now.AddHours(1).ToUnixTimeSeconds();
                return (claims, TokenRejectionReason.NotYetValid);
            default:
                claims["iat"] = now.AddMinutes(10).ToUnixTimeSeconds();
                return (claims, TokenRejectionReason.InvalidIssuedAt);
        }
    }
}
