using CognitoKit.Tokens;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.Tests.Tokens;

/// <summary>
/// The opt-in cache of validated tokens (<see cref="CognitoTokenValidationOptions.ValidatedTokenCacheSize"/>): a repeat
/// token skips the RSA verification, and nothing else that could have changed since it was first validated.
/// </summary>
public sealed class ValidatedTokenCacheTests : IDisposable
{
    private readonly ValidatorFixture _f = new(o =>
    {
        o.Issuer = TestTokens.Issuer;
        o.ValidatedTokenCacheSize = 100;
    });

    private int _verifications;

    public ValidatedTokenCacheTests()
    {
        _f.Validator.SignatureVerifying = () => Interlocked.Increment(ref _verifications);
        _f.Validator.PreloadJwks(TestSigningKey.Jwks(_f.Key));
    }

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task CacheIsOff_ByDefault_EveryValidationVerifiesTheSignature()
    {
        using var plain = new ValidatorFixture(o => o.Issuer = TestTokens.Issuer);
        var verifications = 0;
        plain.Validator.SignatureVerifying = () => verifications++;
        plain.Validator.PreloadJwks(TestSigningKey.Jwks(plain.Key));
        var token = TestTokens.Sign(plain.Key, TestTokens.AccessClaims());

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await plain.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
        }

        Assert.Equal(0, new CognitoTokenValidationOptions().ValidatedTokenCacheSize);
        Assert.Equal(3, verifications);
        Assert.Equal(0, plain.Validator.CachedTokenCount);
    }

    [Fact]
    public async Task RepeatToken_IsAnsweredWithoutVerifyingItsSignatureAgain()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());

        var first = await _f.ValidateAsync(token, CognitoTokenUse.Access);
        var second = await _f.ValidateAsync(token, CognitoTokenUse.Access);
        var third = _f.Validator.ValidateWithCachedKeys(token, CognitoTokenUse.Access);

        Assert.True(first.IsValid, first.Message);
        Assert.True(second.IsValid, second.Message);
        Assert.True(third.IsValid, third.Message);
        Assert.Equal("alice", second.Claims.Username);
        Assert.Equal(1, _verifications);
        Assert.Equal(1, _f.Validator.CachedTokenCount);
    }

    [Fact]
    public async Task CachedToken_IsRefused_OnceItExpires()
    {
        var claims = TestTokens.AccessClaims();
        var token = TestTokens.Sign(_f.Key, claims);
        Assert.True((await _f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);

        // exp is 3540 s ahead and the skew 60 s: valid at exp + 59 s, expired at exp + 60 s, as without the cache.
        _f.Time.Advance(TimeSpan.FromSeconds(3540 + 59));
        Assert.True((await _f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
        _f.Time.Advance(TimeSpan.FromSeconds(1));
        var expired = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Expired, expired.RejectionReason);
        Assert.Equal(1, _verifications);
        Assert.Equal(0, _f.Validator.CachedTokenCount);
    }

    [Fact]
    public async Task CachedToken_NotYetValid_WhenTheClockGoesBack_IsRefusedAsWithoutTheCache()
    {
        var clock = new SettableClock { Now = TestTokens.Now };
        var options = new CognitoTokenValidationOptions { Issuer = TestTokens.Issuer, ValidatedTokenCacheSize = 10 };
        options.AllowedClientIds.Add(TestTokens.ClientId);
        var validator = new CognitoTokenValidator(options, _f.Http, clock);
        validator.PreloadJwks(TestSigningKey.Jwks(_f.Key));
        var claims = TestTokens.AccessClaims();
        claims["nbf"] = TestTokens.Now.ToUnixTimeSeconds();
        claims["iat"] = TestTokens.Now.ToUnixTimeSeconds();
        var token = TestTokens.Sign(_f.Key, claims);
        Assert.True((await validator.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
        Assert.Equal(1, validator.CachedTokenCount);

        clock.Now = TestTokens.Now.AddMinutes(-2);
        var early = await validator.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.NotYetValid, early.RejectionReason);
        Assert.Equal(0, validator.CachedTokenCount);
    }

    [Fact]
    public async Task CachedToken_RevokedAfterItWasCached_IsRefused()
    {
        var revocations = new InMemoryCognitoRevocationList(_f.Time);
        var options = new CognitoTokenValidationOptions { Issuer = TestTokens.Issuer, ValidatedTokenCacheSize = 100 };
        options.AllowedClientIds.Add(TestTokens.ClientId);
        var validator = new CognitoTokenValidator(options, _f.Http, _f.Time) { RevocationList = revocations };
        var verifications = 0;
        validator.SignatureVerifying = () => verifications++;
        validator.PreloadJwks(TestSigningKey.Jwks(_f.Key));
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        var other = TestTokens.AccessClaims();
        other["origin_jti"] = "11111111-2222-3333-4444-555555555555";
        var otherToken = TestTokens.Sign(_f.Key, other);
        Assert.True((await validator.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
        Assert.True((await validator.ValidateAsync(otherToken, CognitoTokenUse.Access)).IsValid);

        revocations.Add(CognitoRevocation.ForOrigin(
            TestTokens.Issuer, "0d9c8b7a-aaaa-bbbb-cccc-ddddeeeeffff", _f.Time.GetUtcNow(), _f.Time.GetUtcNow().AddHours(1)));
        var revoked = await validator.ValidateAsync(token, CognitoTokenUse.Access);
        var stillValid = await validator.ValidateAsync(otherToken, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Revoked, revoked.RejectionReason);
        Assert.True(stillValid.IsValid, stillValid.Message);
        Assert.Equal(2, verifications);
        Assert.Equal(1, validator.CachedTokenCount);
    }

    [Fact]
    public async Task CachedToken_RunsTheCustomCheckOnEveryHit()
    {
        var allowed = true;
        using var f = new ValidatorFixture(o =>
        {
            o.Issuer = TestTokens.Issuer;
            o.ValidatedTokenCacheSize = 10;
            o.CustomCheck = _ => Volatile.Read(ref allowed);
        });
        f.Validator.PreloadJwks(TestSigningKey.Jwks(f.Key));
        var token = TestTokens.Sign(f.Key, TestTokens.AccessClaims());
        Assert.True((await f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);

        Volatile.Write(ref allowed, false);

        Assert.Equal(TokenRejectionReason.CustomCheckFailed, (await f.ValidateAsync(token, CognitoTokenUse.Access)).RejectionReason);
    }

    [Fact]
    public async Task KeyRemovedFromTheJwks_EvictsItsCachedTokens()
    {
        using var successor = new TestSigningKey("test-key-2");
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        var successorToken = TestTokens.Sign(successor, TestTokens.AccessClaims());
        _f.Validator.PreloadJwks(TestSigningKey.Jwks(_f.Key, successor));
        Assert.True((await _f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
        Assert.True((await _f.ValidateAsync(successorToken, CognitoTokenUse.Access)).IsValid);
        Assert.Equal(2, _f.Validator.CachedTokenCount);

        _f.Validator.PreloadJwks(TestSigningKey.Jwks(successor));

        Assert.Equal(1, _f.Validator.CachedTokenCount);
        Assert.Equal(TokenRejectionReason.UnknownKey, (await _f.ValidateAsync(token, CognitoTokenUse.Access)).RejectionReason);
        Assert.True((await _f.ValidateAsync(successorToken, CognitoTokenUse.Access)).IsValid);

        // The successor's token kept its entry across the new key set: verified once, when first seen.
        Assert.Equal(2, _verifications);
    }

    [Fact]
    public async Task KidReusedForAnotherKey_EvictsTheTokensOfTheOldKey()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        Assert.True((await _f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);

        using var impostor = new TestSigningKey(_f.Key.Kid);
        _f.Validator.PreloadJwks(TestSigningKey.Jwks(impostor));

        Assert.Equal(0, _f.Validator.CachedTokenCount);
        Assert.Equal(TokenRejectionReason.InvalidSignature, (await _f.ValidateAsync(token, CognitoTokenUse.Access)).RejectionReason);
    }

    [Fact]
    public async Task KeyDroppedByThePool_EvictsItsCachedTokens_WhenTheAgedKeysAreRefetched()
    {
        using var f = new ValidatorFixture(o =>
        {
            o.Issuer = TestTokens.Issuer;
            o.ValidatedTokenCacheSize = 10;
        });
        await f.Validator.PreloadAsync();
        var later = TestTokens.Now.AddMinutes(61);
        var token = TestTokens.Sign(f.Key, TestTokens.AccessClaims(later.AddMinutes(-30)));
        f.Time.SetUtcNow(later.AddMinutes(-30));
        Assert.True((await f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
        using var successor = new TestSigningKey("test-key-2");
        f.Handler.JwksJson = TestSigningKey.Jwks(successor);

        // Past JwksMaxAge a hit starts the background refetch; once it is in, the dropped key's token is refused.
        f.Time.SetUtcNow(later);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        CognitoTokenValidationResult result;
        do
        {
            result = await f.ValidateAsync(token, CognitoTokenUse.Access);
            await Task.Delay(10);
        }
        while (result.IsValid && DateTime.UtcNow < deadline);

        Assert.Equal(TokenRejectionReason.UnknownKey, result.RejectionReason);
        Assert.Equal(2, f.Handler.Fetches);
        Assert.Equal(0, f.Validator.CachedTokenCount);
    }

    [Fact]
    public async Task FullCache_DropsTheTokenCachedLongestAgo()
    {
        using var f = new ValidatorFixture(o =>
        {
            o.Issuer = TestTokens.Issuer;
            o.ValidatedTokenCacheSize = 3;
        });
        var verifications = 0;
        f.Validator.SignatureVerifying = () => verifications++;
        f.Validator.PreloadJwks(TestSigningKey.Jwks(f.Key));
        var tokens = Enumerable.Range(0, 5).Select(i => TestTokens.Sign(f.Key, WithJti(TestTokens.AccessClaims(), i))).ToArray();

        foreach (var token in tokens)
        {
            Assert.True((await f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
        }

        Assert.Equal(3, f.Validator.CachedTokenCount);
        Assert.True((await f.ValidateAsync(tokens[4], CognitoTokenUse.Access)).IsValid);
        Assert.True((await f.ValidateAsync(tokens[2], CognitoTokenUse.Access)).IsValid);
        Assert.Equal(5, verifications);
        Assert.True((await f.ValidateAsync(tokens[0], CognitoTokenUse.Access)).IsValid);
        Assert.Equal(6, verifications);
        Assert.Equal(3, f.Validator.CachedTokenCount);
    }

    [Fact]
    public async Task TokenSharingAPrefixWithACachedOne_IsValidatedInFull()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        Assert.True((await _f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
        // A character well inside the signature (the last one carries unused bits, which would make it Malformed).
        var at = token.Length - 10;
        var tampered = token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..];
        var extended = token + "A";
        var truncated = token[..^1];

        Assert.Equal(TokenRejectionReason.InvalidSignature, (await _f.ValidateAsync(tampered, CognitoTokenUse.Access)).RejectionReason);
        Assert.False((await _f.ValidateAsync(extended, CognitoTokenUse.Access)).IsValid);
        Assert.False((await _f.ValidateAsync(truncated, CognitoTokenUse.Access)).IsValid);
        Assert.Equal(1, _f.Validator.CachedTokenCount);
    }

    [Fact]
    public async Task CachedAccessToken_AskedForAsAnIdToken_IsRefused()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        Assert.True((await _f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);

        Assert.Equal(TokenRejectionReason.WrongTokenUse, (await _f.ValidateAsync(token, CognitoTokenUse.Id)).RejectionReason);
        Assert.True((await _f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
    }

    [Fact]
    public async Task CachedClaims_GiveANewPrincipalToEachCaller()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        var first = await _f.ValidateAsync(token, CognitoTokenUse.Access);
        var second = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        var a = second.Claims!.ToPrincipal("Cognito");
        var b = second.Claims.ToPrincipal("Cognito");

        Assert.Same(first.Claims, second.Claims);
        Assert.NotSame(a, b);
        Assert.Equal(a.Identity!.Name, b.Identity!.Name);
    }

    [Fact]
    public async Task ConcurrentValidations_OfManyTokens_StayValidAndWithinTheBound()
    {
        using var f = new ValidatorFixture(o =>
        {
            o.Issuer = TestTokens.Issuer;
            o.ValidatedTokenCacheSize = 8;
        });
        f.Validator.PreloadJwks(TestSigningKey.Jwks(f.Key));
        var tokens = Enumerable.Range(0, 20).Select(i => TestTokens.Sign(f.Key, WithJti(TestTokens.AccessClaims(), i))).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(i =>
            Task.Run(async () => await f.ValidateAsync(tokens[i % tokens.Length], CognitoTokenUse.Access))));

        Assert.All(results, r => Assert.True(r.IsValid, r.Message));
        Assert.InRange(f.Validator.CachedTokenCount, 1, 8);
    }

    [Fact]
    public async Task SeveralPools_EachPoolCachesItsOwnTokens_AndAnswersARepeatTokenWithoutVerifying()
    {
        using var otherKey = new TestSigningKey("other-key-1");
        const string otherIssuer = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool";
        var options = new CognitoMultiPoolValidationOptions()
            .TrustPool(o =>
            {
                o.UserPoolId = "eu-west-1_OtherPool";
                o.AllowedClientIds.Add("otherclient");
                o.ValidatedTokenCacheSize = 10;
            })
            .TrustPool(o =>
            {
                o.Issuer = TestTokens.Issuer;
                o.AllowedClientIds.Add(TestTokens.ClientId);
                o.ValidatedTokenCacheSize = 10;
            });
        var validator = new CognitoMultiPoolTokenValidator(options, _f.Http, _f.Time);
        var verifications = 0;
        foreach (var pool in validator.Pools)
        {
            pool.SignatureVerifying = () => verifications++;
        }

        validator.Pools[0].PreloadJwks(TestSigningKey.Jwks(otherKey));
        validator.Pools[1].PreloadJwks(TestSigningKey.Jwks(_f.Key));
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        var otherClaims = TestTokens.AccessClaims();
        otherClaims["iss"] = otherIssuer;
        otherClaims["client_id"] = "otherclient";
        var otherToken = TestTokens.Sign(otherKey, otherClaims);

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await validator.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
            Assert.True((await validator.ValidateAsync(otherToken, CognitoTokenUse.Access)).IsValid);
        }

        Assert.Equal(2, verifications);
        Assert.Equal(1, validator.Pools[0].CachedTokenCount);
        Assert.Equal(1, validator.Pools[1].CachedTokenCount);

        // A pool's token signed by the other pool's key is still refused: the cache never crosses pools.
        var forged = TestTokens.Sign(otherKey, TestTokens.AccessClaims(), kid: _f.Key.Kid);
        Assert.Equal(TokenRejectionReason.InvalidSignature, (await validator.ValidateAsync(forged, CognitoTokenUse.Access)).RejectionReason);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(CognitoTokenValidationOptions.MaxValidatedTokenCacheSize + 1)]
    public void CacheSize_OutOfRange_IsRefused(int size)
    {
        var options = new CognitoTokenValidationOptions { Issuer = TestTokens.Issuer, ValidateClientId = false, ValidatedTokenCacheSize = size };

        var ex = Assert.Throws<ArgumentException>(() => new CognitoTokenValidator(options, _f.Http));

        Assert.Contains("ValidatedTokenCacheSize", ex.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> WithJti(Dictionary<string, object?> claims, int i)
    {
        claims["jti"] = $"f0f1f2f3-9999-8888-7777-{i:D12}";
        return claims;
    }

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
