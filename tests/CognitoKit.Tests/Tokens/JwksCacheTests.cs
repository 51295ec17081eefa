using System.Net;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Validation;

namespace CognitoKit.Tests.Tokens;

public sealed class JwksCacheTests : IDisposable
{
    private readonly ValidatorFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task ThousandConcurrentValidations_OnAColdCache_FetchTheJwksExactlyOnce()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        _f.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var validations = Enumerable.Range(0, 1000)
            .Select(_ => Task.Run(async () => await _f.ValidateAsync(token, CognitoTokenUse.Access)))
            .ToArray();
        while (_f.Handler.Fetches == 0)
        {
            await Task.Delay(5);
        }

        _f.Handler.Gate.SetResult();
        var results = await Task.WhenAll(validations);

        Assert.All(results, r => Assert.True(r.IsValid, r.Message));
        Assert.Equal(1, _f.Handler.Fetches);
        Assert.Equal(new Uri(TestTokens.Issuer + "/.well-known/jwks.json"), Assert.Single(_f.Handler.Requested));
    }

    [Fact]
    public async Task StormOfRandomKids_RefetchesAtMostOncePerTenSeconds()
    {
        await _f.Validator.PreloadAsync();

        // Preloading reads the JWKS of both issuer forms the pool may use.
        Assert.Equal(
            [new Uri(TestTokens.Issuer + "/.well-known/jwks.json"), new Uri(TestTokens.UpdatedIssuer + "/.well-known/jwks.json")],
            _f.Handler.Requested.OrderBy(u => u.AbsoluteUri.Length));

        for (var second = 0; second < 60; second++)
        {
            var storm = Enumerable.Range(0, 50)
                .Select(_ => _f.ValidateAsync(TestTokens.Sign(_f.Key, TestTokens.AccessClaims(), kid: Guid.NewGuid().ToString()), CognitoTokenUse.Access).AsTask());
            var results = await Task.WhenAll(storm);
            Assert.All(results, r => Assert.Equal(TokenRejectionReason.UnknownKey, r.RejectionReason));
            _f.Time.Advance(TimeSpan.FromSeconds(1));
        }

        // 60 seconds of storm after the first fetch: one refetch of the token's issuer's JWKS at 10 s, 20 s, ... 50 s.
        Assert.Equal(2 + 5, _f.Handler.Fetches);
    }

    [Fact]
    public async Task UnknownKid_AfterTheInterval_RefetchesAndFindsARotatedKey()
    {
        await _f.Validator.PreloadAsync();
        using var rotated = new TestSigningKey("test-key-2");
        _f.Handler.JwksJson = TestSigningKey.Jwks(_f.Key, rotated);
        var token = TestTokens.Sign(rotated, TestTokens.AccessClaims());

        var tooSoon = await _f.ValidateAsync(token, CognitoTokenUse.Access);
        _f.Time.Advance(JwksCache.RefetchInterval);
        var later = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.UnknownKey, tooSoon.RejectionReason);
        Assert.True(later.IsValid, later.Message);
        Assert.Equal(2 + 1, _f.Handler.Fetches);
    }

    [Fact]
    public async Task KnownKid_NeverCausesARefetch()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await _f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
            _f.Time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(1, _f.Handler.Fetches);
    }

    [Fact]
    public async Task AfterPreload_ValidationWorksOffline()
    {
        await _f.Validator.PreloadAsync();
        _f.Handler.Offline = true;
        _f.Time.Advance(TimeSpan.FromMinutes(5));

        var valid = await _f.ValidateAsync(TestTokens.Sign(_f.Key, TestTokens.AccessClaims(TestTokens.Now.AddMinutes(5))), CognitoTokenUse.Access);
        var unknown = await _f.ValidateAsync(TestTokens.Sign(_f.Key, TestTokens.AccessClaims(TestTokens.Now.AddMinutes(5)), kid: "nope"), CognitoTokenUse.Access);

        Assert.True(valid.IsValid, valid.Message);
        Assert.Equal(TokenRejectionReason.UnknownKey, unknown.RejectionReason);
        Assert.Equal(2 + 1, _f.Handler.Fetches);
    }

    [Fact]
    public async Task PreloadJwks_FromADocument_NeedsNoNetworkAtAll()
    {
        _f.Handler.Offline = true;
        _f.Validator.PreloadJwks(TestSigningKey.Jwks(_f.Key));

        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, TestTokens.IdClaims()), CognitoTokenUse.Id);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(0, _f.Handler.Fetches);
    }

    [Fact]
    public async Task Preload_WhenOffline_ThrowsJwksUnavailable()
    {
        _f.Handler.Offline = true;

        var ex = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => _f.Validator.PreloadAsync());

        Assert.Equal(TokenRejectionReason.JwksUnavailable, ex.Reason);
        Assert.Contains("jwks.json", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{}", "'keys'")]
    [InlineData("{\"keys\":{}}", "'keys'")]
    [InlineData("{\"keys\":[]}", "no RSA signing key")]
    [InlineData("{\"keys\":[{\"kty\":\"EC\",\"kid\":\"k\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\"}]}", "no RSA signing key")]
    [InlineData("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k\",\"e\":\"AQAB\"}]}", "'n'")]
    [InlineData("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k\",\"n\":\"!!\",\"e\":\"AQAB\"}]}", "base64url")]
    [InlineData("{\"keys\":[{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}", "'kid'")]
    [InlineData("[1]", "'keys'")]
    public async Task BadJwksContent_IsAClearError(string document, string expectedInMessage)
    {
        _f.Handler.JwksJson = document;

        var ex = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => _f.Validator.PreloadAsync());
        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.JwksUnavailable, ex.Reason);
        Assert.Contains(expectedInMessage, ex.Message, StringComparison.Ordinal);
        Assert.Equal(TokenRejectionReason.JwksUnavailable, result.RejectionReason);
    }

    [Theory]
    [InlineData("enc", "RS256")]
    [InlineData("sig", "RS512")]
    [InlineData(null, "PS256")]
    public async Task KeysNotForRs256Signing_AreNotAccepted(string? use, string? alg)
    {
        using var other = new TestSigningKey("other-use", use: use, alg: alg);
        _f.Handler.JwksJson = TestSigningKey.Jwks(_f.Key, other);

        var result = await _f.ValidateAsync(TestTokens.Sign(other, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.UnknownKey, result.RejectionReason);
    }

    [Fact]
    public async Task KeyWithoutUseOrAlg_IsAccepted()
    {
        using var bare = new TestSigningKey("bare", use: null, alg: null);
        _f.Handler.JwksJson = TestSigningKey.Jwks(bare);

        var result = await _f.ValidateAsync(TestTokens.Sign(bare, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        Assert.True(result.IsValid, result.Message);
    }

    [Fact]
    public async Task KeyShorterThan2048Bits_IsNotAccepted()
    {
        using var weak = new TestSigningKey("weak", bits: 1024);
        _f.Handler.JwksJson = TestSigningKey.Jwks(_f.Key, weak);

        var result = await _f.ValidateAsync(TestTokens.Sign(weak, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.UnknownKey, result.RejectionReason);
    }

    [Fact]
    public async Task FailedFetch_IsAlsoRateLimited_ThenRecovers()
    {
        _f.Handler.Status = HttpStatusCode.InternalServerError;
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());

        var first = await _f.ValidateAsync(token, CognitoTokenUse.Access);
        _f.Handler.Status = HttpStatusCode.OK;
        var withinInterval = await _f.ValidateAsync(token, CognitoTokenUse.Access);
        _f.Time.Advance(JwksCache.RefetchInterval);
        var afterInterval = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.JwksUnavailable, first.RejectionReason);
        Assert.Equal(TokenRejectionReason.JwksUnavailable, withinInterval.RejectionReason);
        Assert.True(afterInterval.IsValid, afterInterval.Message);
        Assert.Equal(2, _f.Handler.Fetches);
    }

    [Fact]
    public async Task CancelledCaller_DoesNotCancelTheSharedFetch()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        _f.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cts = new CancellationTokenSource();

        var cancelled = _f.Validator.ValidateAsync(token, CognitoTokenUse.Access, cts.Token).AsTask();
        var patient = _f.Validator.ValidateAsync(token, CognitoTokenUse.Access).AsTask();
        await cts.CancelAsync();
        _f.Handler.Gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.True((await patient).IsValid);
        Assert.Equal(1, _f.Handler.Fetches);
    }
}
