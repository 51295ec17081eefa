using CognitoKit.Tokens;

namespace CognitoKit.Tests.Tokens;

public sealed class ValidatorExpiryOverflowTests : IDisposable
{
    private readonly ValidatorFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Validate_TokenWithExpAtTheLastRepresentableSecond_IsNotReportedExpired()
    {
        var claims = TestTokens.AccessClaims();
        claims["exp"] = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
        var token = TestTokens.Sign(_f.Key, claims);

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.True(result.IsValid, result.Message);
        Assert.Null(result.RejectionReason);
    }

    [Fact]
    public async Task Validate_TokenWithExpAtInt64Max_IsOutOfRange_NotExpired()
    {
        var claims = TestTokens.AccessClaims();
        claims["exp"] = long.MaxValue;
        var token = TestTokens.Sign(_f.Key, claims);

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Malformed, result.RejectionReason);
        Assert.Contains("out of range", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TokenExpiredBeyondSkew_IsStillRejectedAsExpired()
    {
        var claims = TestTokens.AccessClaims();
        claims["exp"] = TestTokens.Now.ToUnixTimeSeconds() - 61;
        claims["iat"] = TestTokens.Now.ToUnixTimeSeconds() - 3600;
        var token = TestTokens.Sign(_f.Key, claims);

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.False(result.IsValid);
        Assert.Equal(TokenRejectionReason.Expired, result.RejectionReason);
    }
}
