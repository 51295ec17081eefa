using CognitoKit.Tokens;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.Tests.Tokens.Revocation;

/// <summary>
/// The validator's revocation check on signed test tokens: what a sign-in entry and a user entry deny, that entries are
/// per issuer, merge and expire, and that the check costs no allocation when nothing is revoked.
/// </summary>
public sealed class RevocationListTests : IDisposable
{
    private const string Origin = "0d9c8b7a-aaaa-bbbb-cccc-ddddeeeeffff";
    private const string Subject = "6a1b2c3d-1111-2222-3333-444455556666";

    private readonly TestSigningKey _key = new("test-key-1");
    private readonly FakeTimeProvider _time = new(TestTokens.Now);
    private readonly HttpClient _http;
    private readonly InMemoryCognitoRevocationList _list;
    private readonly CognitoTokenValidator _validator;

    public RevocationListTests()
    {
        _http = new HttpClient(new JwksTestHandler(TestSigningKey.Jwks(_key)));
        _list = new InMemoryCognitoRevocationList(_time);
        var options = new CognitoTokenValidationOptions { Region = "eu-west-1", UserPoolId = "eu-west-1_TestPool1" };
        options.AllowedClientIds.Add(TestTokens.ClientId);
        _validator = new CognitoTokenValidator(options, _http, _time) { RevocationList = _list };
    }

    public void Dispose()
    {
        _http.Dispose();
        _key.Dispose();
    }

    [Fact]
    public async Task Validate_TokensOfARevokedOrigin_AreRejectedAsRevoked_AndAnotherOriginOfTheSameUserIsNot()
    {
        Assert.True(_list.Add(CognitoRevocation.ForOrigin(TestTokens.Issuer, Origin, TestTokens.Now, TestTokens.Now.AddHours(1))));

        CognitoTokenValidationResult access = await _validator.ValidateAsync(TestTokens.Sign(_key, TestTokens.AccessClaims()), CognitoTokenUse.Access);
        CognitoTokenValidationResult id = await _validator.ValidateAsync(TestTokens.Sign(_key, TestTokens.IdClaims()), CognitoTokenUse.Id);
        Dictionary<string, object?> otherSignIn = TestTokens.AccessClaims();
        otherSignIn["origin_jti"] = "11111111-2222-3333-4444-555555555555";
        CognitoTokenValidationResult other = await _validator.ValidateAsync(TestTokens.Sign(_key, otherSignIn), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Revoked, access.RejectionReason);
        Assert.Equal(TokenRejectionReason.Revoked, id.RejectionReason);
        Assert.DoesNotContain(Origin, access.Message, StringComparison.Ordinal);
        Assert.True(other.IsValid, other.Message);
    }

    [Fact]
    public async Task Validate_AfterAUserIsRevoked_RefusesTokensIssuedInThatSecondOrBefore_AndAcceptsLaterOnes()
    {
        DateTimeOffset signOut = TestTokens.Now.AddMilliseconds(400);
        _list.Add(CognitoRevocation.ForSubject(TestTokens.Issuer, Subject, signOut, signOut.AddDays(1)));

        CognitoTokenValidationResult before = await _validator.ValidateAsync(TestTokens.Sign(_key, TestTokens.AccessClaims()), CognitoTokenUse.Access);
        CognitoTokenValidationResult sameSecond = await _validator.ValidateAsync(TestTokens.Sign(_key, IssuedAt(TestTokens.Now)), CognitoTokenUse.Access);
        _time.Advance(TimeSpan.FromSeconds(5));
        CognitoTokenValidationResult after = await _validator.ValidateAsync(TestTokens.Sign(_key, IssuedAt(TestTokens.Now.AddSeconds(1))), CognitoTokenUse.Access);
        Dictionary<string, object?> otherUser = TestTokens.AccessClaims();
        otherUser["sub"] = "99999999-1111-2222-3333-444455556666";
        CognitoTokenValidationResult other = await _validator.ValidateAsync(TestTokens.Sign(_key, otherUser), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Revoked, before.RejectionReason);
        Assert.Equal(TokenRejectionReason.Revoked, sameSecond.RejectionReason);
        Assert.True(after.IsValid, after.Message);
        Assert.True(other.IsValid, other.Message);
    }

    [Fact]
    public async Task Validate_AnEntryDeniesOnlyTokensOfItsOwnIssuer()
    {
        string token = TestTokens.Sign(_key, TestTokens.AccessClaims());
        _list.Add(CognitoRevocation.ForOrigin(TestTokens.UpdatedIssuer, Origin, TestTokens.Now, TestTokens.Now.AddHours(1)));
        _list.Add(CognitoRevocation.ForSubject("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool", Subject, TestTokens.Now, TestTokens.Now.AddDays(1)));

        CognitoTokenValidationResult otherIssuers = await _validator.ValidateAsync(token, CognitoTokenUse.Access);
        _list.Add(CognitoRevocation.ForSubject(TestTokens.Issuer, Subject, TestTokens.Now, TestTokens.Now.AddDays(1)));
        CognitoTokenValidationResult ownIssuer = await _validator.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.True(otherIssuers.IsValid, otherIssuers.Message);
        Assert.Equal(TokenRejectionReason.Revoked, ownIssuer.RejectionReason);
    }

    [Fact]
    public async Task Add_KeepsTheWiderEntry_IgnoresExpiredOnes_AndEntriesLeaveOnceExpired()
    {
        DateTimeOffset now = TestTokens.Now;
        Assert.False(_list.Add(CognitoRevocation.ForOrigin(TestTokens.Issuer, "old", now.AddHours(-2), now.AddHours(-1))));
        Assert.Equal(0, _list.Count);

        Assert.True(_list.Add(CognitoRevocation.ForOrigin(TestTokens.Issuer, Origin, now, now.AddMinutes(10))));
        Assert.True(_list.Add(CognitoRevocation.ForOrigin(TestTokens.Issuer, Origin, now, now.AddHours(2))));
        Assert.False(_list.Add(CognitoRevocation.ForOrigin(TestTokens.Issuer, Origin, now, now.AddMinutes(30))));
        Assert.Equal(1, _list.Count);

        _time.Advance(TimeSpan.FromMinutes(90));
        string token = TestTokens.Sign(_key, TestTokens.AccessClaims(TestTokens.Now.AddMinutes(60)));
        Assert.Equal(TokenRejectionReason.Revoked, (await _validator.ValidateAsync(token, CognitoTokenUse.Access)).RejectionReason);

        // By the time the entry leaves, the tokens it named have expired on their own.
        _time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(0, _list.Count);
        Assert.Equal(TokenRejectionReason.Expired, (await _validator.ValidateAsync(token, CognitoTokenUse.Access)).RejectionReason);
    }

    [Fact]
    public async Task Find_AllocatesNothing_WhenTheListIsEmpty_OrNamesOtherTokens()
    {
        CognitoTokenClaims claims = (await _validator.ValidateAsync(TestTokens.Sign(_key, TestTokens.AccessClaims()), CognitoTokenUse.Access)).Claims!;
        Assert.Null(_list.Find(claims));

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            _list.Find(claims);
        }

        long empty = GC.GetAllocatedBytesForCurrentThread() - before;

        _list.Add(CognitoRevocation.ForOrigin(TestTokens.Issuer, "another-sign-in", TestTokens.Now, TestTokens.Now.AddHours(1)));
        _list.Add(CognitoRevocation.ForSubject(TestTokens.Issuer, "another-user", TestTokens.Now, TestTokens.Now.AddDays(1)));
        Assert.Null(_list.Find(claims));
        before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            _list.Find(claims);
        }

        long missing = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, empty);
        Assert.Equal(0, missing);
    }

    [Fact]
    public void CognitoRevocation_WithAnEmptyValue_OrAnExpiryNotAfterTheRevocation_ThrowsArgumentException()
    {
        Assert.Equal("originJti", Assert.Throws<ArgumentException>(() => CognitoRevocation.ForOrigin(TestTokens.Issuer, "", TestTokens.Now, TestTokens.Now.AddHours(1))).ParamName);
        Assert.Equal("issuer", Assert.Throws<ArgumentException>(() => CognitoRevocation.ForSubject("", Subject, TestTokens.Now, TestTokens.Now.AddHours(1))).ParamName);
        Assert.Equal("expiresAt", Assert.Throws<ArgumentException>(() => CognitoRevocation.ForSubject(TestTokens.Issuer, Subject, TestTokens.Now, TestTokens.Now)).ParamName);
    }

    private static Dictionary<string, object?> IssuedAt(DateTimeOffset issued)
    {
        Dictionary<string, object?> claims = TestTokens.AccessClaims(issued);
        claims["iat"] = issued.ToUnixTimeSeconds();
        claims["auth_time"] = issued.ToUnixTimeSeconds();
        return claims;
    }
}
