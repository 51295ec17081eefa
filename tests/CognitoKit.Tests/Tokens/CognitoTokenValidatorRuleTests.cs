using System.Security.Claims;
using CognitoKit.Tokens;

namespace CognitoKit.Tests.Tokens;

public sealed class CognitoTokenValidatorRuleTests : IDisposable
{
    private readonly ValidatorFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Validate_ValidAccessToken_ReturnsTypedClaims()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.True(result.IsValid, result.Message);
        var c = result.Claims;
        Assert.Equal(CognitoTokenUse.Access, c.TokenUse);
        Assert.Equal("6a1b2c3d-1111-2222-3333-444455556666", c.Subject);
        Assert.Equal("alice", c.Username);
        Assert.Equal(TestTokens.ClientId, c.ClientId);
        Assert.Equal(TestTokens.Issuer, c.Issuer);
        Assert.Equal(["admins", "readers"], c.Groups);
        Assert.Equal(["aws.cognito.signin.user.admin", "orders/read"], c.Scopes);
        Assert.Equal(TestTokens.Now.AddSeconds(-60), c.IssuedAt);
        Assert.Equal(TestTokens.Now.AddSeconds(3540), c.ExpiresAt);
        Assert.Equal(TestTokens.Now.AddSeconds(-60), c.AuthTime);
        Assert.Equal("f0f1f2f3-9999-8888-7777-666655554444", c.Jti);
        Assert.Equal("0d9c8b7a-aaaa-bbbb-cccc-ddddeeeeffff", c.OriginJti);
        Assert.Null(result.RejectionReason);
    }

    [Fact]
    public async Task Validate_ValidIdToken_ReturnsTypedClaims()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.IdClaims());

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Id);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(CognitoTokenUse.Id, result.Claims.TokenUse);
        Assert.Equal("alice", result.Claims.Username);
        Assert.Equal(TestTokens.ClientId, result.Claims.ClientId);
        Assert.Equal("alice@example.com", result.Claims.Email);
        Assert.True(result.Claims.EmailVerified);
        Assert.Empty(result.Claims.Scopes);
    }

    [Fact]
    public async Task Principal_OfValidAccessToken_MapsSubjectNameRolesAndScopes()
    {
        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        var principal = result.Principal!;
        Assert.True(principal.Identity!.IsAuthenticated);
        Assert.Equal("alice", principal.Identity.Name);
        Assert.Equal("6a1b2c3d-1111-2222-3333-444455556666", principal.FindFirst(ClaimTypes.NameIdentifier)!.Value);
        Assert.True(principal.IsInRole("admins"));
        Assert.True(principal.IsInRole("readers"));
        Assert.False(principal.IsInRole("owners"));
        Assert.Equal(["aws.cognito.signin.user.admin", "orders/read"], principal.FindAll("scope").Select(c => c.Value));
        Assert.Equal("access", principal.FindFirst("token_use")!.Value);
        Assert.Equal("2", principal.FindFirst("version")!.Value);
        Assert.Same(principal, result.Claims!.Principal);
    }

    [Fact]
    public async Task Validate_AlgNone_IsUnsupportedAlgorithm_WithoutFetchingKeys()
    {
        var token = TestTokens.Unsigned(TestTokens.HeaderJson("none", _f.Key.Kid), System.Text.Json.JsonSerializer.Serialize(TestTokens.AccessClaims()));

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.UnsupportedAlgorithm, result.RejectionReason);
        Assert.Equal(0, _f.Handler.Fetches);
    }

    [Fact]
    public async Task Validate_Hs256SignedWithThePublicKey_IsUnsupportedAlgorithm_WithoutFetchingKeys()
    {
        var token = TestTokens.Hs256WithPublicKey(_f.Key, TestTokens.AccessClaims());

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.UnsupportedAlgorithm, result.RejectionReason);
        Assert.Equal(0, _f.Handler.Fetches);
    }

    [Theory]
    [InlineData("RS512")]
    [InlineData("PS256")]
    [InlineData("rs256")]
    public async Task Validate_OtherAlgorithm_IsUnsupportedAlgorithm(string alg)
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims(), alg: alg);

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.UnsupportedAlgorithm, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_KidNotInJwks_IsUnknownKey()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims(), kid: "some-other-kid");

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.UnknownKey, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_HeaderWithoutKid_IsUnknownKey()
    {
        var token = TestTokens.SignRaw(_f.Key, "{\"alg\":\"RS256\"}", System.Text.Json.JsonSerializer.Serialize(TestTokens.AccessClaims()));

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.UnknownKey, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_TamperedPayload_IsInvalidSignature()
    {
        var claims = TestTokens.AccessClaims();
        var token = TestTokens.Sign(_f.Key, claims);
        claims["cognito:groups"] = new[] { "admins", "readers", "owners" };

        var result = await _f.ValidateAsync(TestTokens.WithPayload(token, System.Text.Json.JsonSerializer.Serialize(claims)), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.InvalidSignature, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_SignedByAnotherKeyUnderTheSameKid_IsInvalidSignature()
    {
        using var impostor = new TestSigningKey(_f.Key.Kid);

        var result = await _f.ValidateAsync(TestTokens.Sign(impostor, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.InvalidSignature, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_TruncatedSignature_IsInvalidSignature()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());

        // Six characters off leaves whole base64 groups, so the segment is still canonical base64url, just short.
        var result = await _f.ValidateAsync(token[..^6], CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.InvalidSignature, result.RejectionReason);
    }

    [Theory]
    [InlineData("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool")]
    [InlineData("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1/")]
    [InlineData(null)]
    public async Task Validate_WrongOrMissingIssuer_IsWrongIssuer(string? issuer)
    {
        var claims = TestTokens.AccessClaims();
        if (issuer is null)
        {
            claims.Remove("iss");
        }
        else
        {
            claims["iss"] = issuer;
        }

        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, claims), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.WrongIssuer, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_AccessTokenAskedForAsId_IsWrongTokenUse()
    {
        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, TestTokens.AccessClaims()), CognitoTokenUse.Id);

        Assert.Equal(TokenRejectionReason.WrongTokenUse, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_IdTokenAskedForAsAccess_IsWrongTokenUse()
    {
        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, TestTokens.IdClaims()), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.WrongTokenUse, result.RejectionReason);
    }

    [Theory]
    [InlineData("refresh")]
    [InlineData(null)]
    public async Task Validate_UnknownOrMissingTokenUse_IsWrongTokenUse(string? tokenUse)
    {
        var claims = TestTokens.AccessClaims();
        if (tokenUse is null)
        {
            claims.Remove("token_use");
        }
        else
        {
            claims["token_use"] = tokenUse;
        }

        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, claims), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.WrongTokenUse, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_AccessTokenForAnotherClient_IsWrongClient()
    {
        var claims = TestTokens.AccessClaims();
        claims["client_id"] = "someotherclient";

        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, claims), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.WrongClient, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_IdTokenForAnotherAudience_IsWrongClient()
    {
        var claims = TestTokens.IdClaims();
        claims["aud"] = "someotherclient";

        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, claims), CognitoTokenUse.Id);

        Assert.Equal(TokenRejectionReason.WrongClient, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_IdTokenWithAudienceArrayHoldingTheClient_IsWrongClientSayingWhy()
    {
        var claims = TestTokens.IdClaims();
        claims["aud"] = new[] { "someotherclient", TestTokens.ClientId };

        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, claims), CognitoTokenUse.Id);

        Assert.Equal(TokenRejectionReason.WrongClient, result.RejectionReason);
        Assert.Contains("'aud' is an array", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_IdTokenWithAudienceArrayOfOnlyTheClient_IsWrongClient()
    {
        var claims = TestTokens.IdClaims();
        claims["aud"] = new[] { TestTokens.ClientId };

        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, claims), CognitoTokenUse.Id);

        Assert.Equal(TokenRejectionReason.WrongClient, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_PastExpiryBeyondSkew_IsExpired()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        _f.Time.Advance(TimeSpan.FromSeconds(3540 + 60));

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Expired, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_PastExpiryWithinSkew_IsValid()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims());
        _f.Time.Advance(TimeSpan.FromSeconds(3540 + 59));

        var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.True(result.IsValid, result.Message);
    }

    [Fact]
    public async Task Validate_NotBeforeInTheFuture_IsNotYetValid()
    {
        var claims = TestTokens.AccessClaims();
        claims["nbf"] = TestTokens.Now.AddMinutes(5).ToUnixTimeSeconds();

        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, claims), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.NotYetValid, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_IssuedInTheFuture_IsInvalidIssuedAt()
    {
        var claims = TestTokens.AccessClaims();
        claims["iat"] = TestTokens.Now.AddMinutes(5).ToUnixTimeSeconds();

        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, claims), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.InvalidIssuedAt, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_IssuedAfterExpiry_IsInvalidIssuedAt()
    {
        var claims = TestTokens.AccessClaims();
        claims["exp"] = TestTokens.Now.AddSeconds(30).ToUnixTimeSeconds();
        claims["iat"] = TestTokens.Now.AddSeconds(40).ToUnixTimeSeconds();

        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, claims), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.InvalidIssuedAt, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_WithoutARequiredGroup_IsMissingGroup()
    {
        using var f = new ValidatorFixture(o => o.RequiredGroups.Add("owners"));

        var result = await f.ValidateAsync(TestTokens.Sign(f.Key, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.MissingGroup, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_WithEveryRequiredGroupAndScope_IsValid()
    {
        using var f = new ValidatorFixture(o =>
        {
            o.RequiredGroups.Add("admins");
            o.RequiredGroups.Add("readers");
            o.RequiredScopes.Add("orders/read");
        });

        var result = await f.ValidateAsync(TestTokens.Sign(f.Key, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        Assert.True(result.IsValid, result.Message);
    }

    [Theory]
    [InlineData("orders/write")]
    [InlineData("orders")]
    [InlineData("read")]
    public async Task Validate_WithoutARequiredScope_IsMissingScope(string scope)
    {
        using var f = new ValidatorFixture(o => o.RequiredScopes.Add(scope));

        var result = await f.ValidateAsync(TestTokens.Sign(f.Key, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.MissingScope, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_CustomCheckSaysNo_IsCustomCheckFailed()
    {
        CognitoTokenClaims? seen = null;
        using var f = new ValidatorFixture(o => o.CustomCheck = c => { seen = c; return c.Username == "bob"; });

        var result = await f.ValidateAsync(TestTokens.Sign(f.Key, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.CustomCheckFailed, result.RejectionReason);
        Assert.Equal("alice", seen!.Username);
    }

    [Fact]
    public async Task Validate_WhenJwksEndpointFails_IsJwksUnavailable()
    {
        _f.Handler.Status = System.Net.HttpStatusCode.ServiceUnavailable;

        var result = await _f.ValidateAsync(TestTokens.Sign(_f.Key, TestTokens.AccessClaims()), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.JwksUnavailable, result.RejectionReason);
        Assert.Contains("503", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateOrThrow_RejectedToken_ThrowsWithReason()
    {
        var token = TestTokens.Sign(_f.Key, TestTokens.IdClaims());

        var ex = await Assert.ThrowsAsync<CognitoTokenValidationException>(
            async () => await _f.Validator.ValidateOrThrowAsync(token, CognitoTokenUse.Access));

        Assert.Equal(TokenRejectionReason.WrongTokenUse, ex.Reason);
        Assert.DoesNotContain(token.Split('.')[2], ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateOrThrow_ValidToken_ReturnsClaims()
    {
        var claims = await _f.Validator.ValidateOrThrowAsync(TestTokens.Sign(_f.Key, TestTokens.IdClaims()), CognitoTokenUse.Id);

        Assert.Equal("alice@example.com", claims.Email);
    }

    [Fact]
    public async Task RejectionMessages_NeverContainTheTokenOrItsParts()
    {
        var claims = TestTokens.AccessClaims();
        claims["client_id"] = "leaky-client-value";
        claims["iss"] = "https://leaky-issuer.example";
        var tokens = new[]
        {
            TestTokens.Sign(_f.Key, claims),
            TestTokens.Sign(_f.Key, TestTokens.AccessClaims(), kid: "leaky-kid"),
            TestTokens.Sign(_f.Key, TestTokens.IdClaims()),
            TestTokens.Sign(_f.Key, TestTokens.AccessClaims())[..^4] + "AAAA",
        };

        foreach (var token in tokens)
        {
            var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);
            Assert.False(result.IsValid);
            foreach (var part in token.Split('.').Where(p => p.Length > 0))
            {
                Assert.DoesNotContain(part, result.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(part, result.ToString(), StringComparison.Ordinal);
            }

            Assert.DoesNotContain("leaky", result.Message, StringComparison.Ordinal);
        }
    }
}
