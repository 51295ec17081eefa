using CognitoKit.Tokens;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CognitoKit.Tests.Tokens;

/// <summary>A real Cognito ID token (TestData/tokens/README.md): no JWKS and no network, so it is only ever rejected.</summary>
public sealed class SeedCognitoTokenTests : IDisposable
{
    private const string PoolIssuer = "https://cognito-idp.us-east-2.amazonaws.com/us-east-2_D8rs5PBjY";
    private const string PoolClient = "3jc88ht7bue6q5ub32varsdqqm";
    private const string PoolKid = "Exa/ZoZ/+hf23oYOVmIuDBuKt/cHxYu84u17hpP2p1U=";
    private static readonly DateTimeOffset IssuedAt = DateTimeOffset.FromUnixTimeSeconds(1601782308);

    private readonly string _token = File.ReadAllText(RepoFiles.Find("tests/CognitoKit.Tests/TestData/tokens/cognito-id-token-us-east-2.jwt")).Trim();
    private readonly JwksTestHandler _offline = new("{}") { Offline = true };
    private readonly HttpClient _http;

    public SeedCognitoTokenTests()
    {
        _http = new HttpClient(_offline);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public void SeedToken_ParsesWithIdentityModel_AndReadsAsTheSeedSays()
    {
        var jwt = new JsonWebToken(_token);

        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal(PoolKid, jwt.Kid);
        Assert.Equal("id", jwt.GetClaim("token_use").Value);
        Assert.Equal(PoolIssuer, jwt.Issuer);
        Assert.Equal(PoolClient, Assert.Single(jwt.Audiences));
        Assert.Equal(3600, (jwt.ValidTo - jwt.IssuedAt).TotalSeconds);
        Assert.Equal(IssuedAt.UtcDateTime, jwt.IssuedAt);
    }

    [Fact]
    public async Task SeedToken_WithoutItsJwksAndWithoutNetwork_IsJwksUnavailable()
    {
        var validator = Create(new FakeTimeProvider(DateTimeOffset.UtcNow));

        var result = await validator.ValidateAsync(_token, CognitoTokenUse.Id);

        Assert.Equal(TokenRejectionReason.JwksUnavailable, result.RejectionReason);
        Assert.Equal(1, _offline.Fetches);
    }

    [Fact]
    public async Task SeedToken_AgainstAnotherJwks_IsUnknownKey()
    {
        using var ours = new TestSigningKey("our-key");
        var validator = Create(new FakeTimeProvider(DateTimeOffset.UtcNow));
        validator.PreloadJwks(TestSigningKey.Jwks(ours));

        var result = await validator.ValidateAsync(_token, CognitoTokenUse.Id);

        Assert.Equal(TokenRejectionReason.UnknownKey, result.RejectionReason);
    }

    [Fact]
    public async Task SeedToken_AgainstAnImpostorKeyWithItsKid_ReachesTheSignatureCheck_AndFails()
    {
        // Reaching InvalidSignature proves the escaped kid ("\/") and escaped issuer were read and matched.
        using var impostor = new TestSigningKey(PoolKid);
        var validator = Create(new FakeTimeProvider(IssuedAt.AddMinutes(1)));
        validator.PreloadJwks(TestSigningKey.Jwks(impostor));

        var result = await validator.ValidateAsync(_token, CognitoTokenUse.Id);

        Assert.Equal(TokenRejectionReason.InvalidSignature, result.RejectionReason);
        Assert.Equal(0, _offline.Fetches);
    }

    [Fact]
    public async Task SeedToken_IsRefusedBeforeAnyKeyLookup_WhenAskedForAsAnotherPool()
    {
        var validator = new CognitoTokenValidator(
            new CognitoTokenValidationOptions { UserPoolId = "us-east-2_SomeOther", AllowedClientIds = [PoolClient] }, _http, TimeProvider.System);

        var result = await validator.ValidateAsync(_token, CognitoTokenUse.Id);

        Assert.Equal(TokenRejectionReason.WrongIssuer, result.RejectionReason);
        Assert.Equal(0, _offline.Fetches);
    }

    private CognitoTokenValidator Create(TimeProvider time) =>
        new(new CognitoTokenValidationOptions { UserPoolId = "us-east-2_D8rs5PBjY", AllowedClientIds = [PoolClient] }, _http, time);
}
