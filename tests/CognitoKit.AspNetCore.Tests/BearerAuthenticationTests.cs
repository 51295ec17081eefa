using System.Net;
using System.Net.Http.Headers;
using CognitoKit.AspNetCore.Tests.Infrastructure;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>What a caller of the protected API sees for each kind of token, over real HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class BearerAuthenticationTests(ApiServerFixture api)
{
    private readonly string _testId = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Request_WithAValidAccessToken_Returns200AndMapsTheCognitoClaims()
    {
        CognitoSession alice = await api.SignInAsync("alice");

        using HttpResponseMessage response = await GetAsync("/me", alice.Tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("name=alice", lines[0]);
        Assert.Equal("sub=" + api.Alice.Sub, lines[1]);
        Assert.Equal("roles=admins", lines[2]);
        Assert.Equal("scopes=aws.cognito.signin.user.admin", lines[3]);
    }

    [Fact]
    public async Task Request_WithNoToken_Gets401AndAPlainBearerChallenge()
    {
        using HttpResponseMessage response = await GetAsync("/me", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task Request_WithBasicCredentials_IsTreatedAsCarryingNoTokenAndGetsAPlainChallenge()
    {
        using HttpClient http = api.CreateRawClient(_testId);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "YWxpY2U6cGFzc3dvcmQ=");

        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task Request_WithAnIdTokenWhereAnAccessTokenIsRequired_Gets401NotAnAccessToken()
    {
        CognitoSession alice = await api.SignInAsync("alice");

        using HttpResponseMessage response = await GetAsync("/me", alice.Tokens.IdToken);

        AssertInvalidToken(response, "The token is not an access token", alice.Tokens.IdToken);
    }

    [Fact]
    public async Task IdTokenScheme_AcceptsIdTokensAndRefusesAccessTokens()
    {
        CognitoSession bob = await api.SignInAsync("bob");

        using HttpResponseMessage withId = await GetAsync("/id/me", bob.Tokens.IdToken);
        using HttpResponseMessage withAccess = await GetAsync("/id/me", bob.Tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, withId.StatusCode);
        Assert.StartsWith("name=bob\nsub=" + api.Bob.Sub, await withId.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertInvalidToken(withAccess, "The token is not an ID token", bob.Tokens.AccessToken);
    }

    [Fact]
    public async Task Request_WithATokenOfAnotherAppClient_Gets401IssuedToAnotherClient()
    {
        CognitoSession other = await api.SignInAsync("alice", api.OtherClient);

        using HttpResponseMessage response = await GetAsync("/me", other.Tokens.AccessToken);

        AssertInvalidToken(response, "The token was issued to another client", other.Tokens.AccessToken);
    }

    [Fact]
    public async Task Request_WithATokenOfAnotherUserPool_Gets401InvalidIssuer()
    {
        CognitoSession foreign = await api.SignInAsync("alice", api.OtherPoolClient, api.OtherPool);

        using HttpResponseMessage response = await GetAsync("/me", foreign.Tokens.AccessToken);

        AssertInvalidToken(response, "The token's issuer is invalid", foreign.Tokens.AccessToken);
    }

    [Fact]
    public async Task Request_WithAnExpiredToken_Gets401TheTokenHasExpired()
    {
        CognitoSession bob = await api.SignInAsync("bob");
        using (HttpResponseMessage before = await GetAsync("/me", bob.Tokens.AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        api.Clock.Advance(TimeSpan.FromMinutes(62)); // one-hour tokens, plus more than the 60-second skew

        using HttpResponseMessage response = await GetAsync("/me", bob.Tokens.AccessToken);

        AssertInvalidToken(response, "The token has expired", bob.Tokens.AccessToken);
    }

    [Fact]
    public async Task Request_WithATamperedPayload_Gets401InvalidSignature()
    {
        CognitoSession bob = await api.SignInAsync("bob");
        string tampered = TestJwt.WithClaim(bob.Tokens.AccessToken, "username", "alice");

        using HttpResponseMessage response = await GetAsync("/me", tampered);

        AssertInvalidToken(response, "The token's signature is invalid", tampered);
    }

    [Fact]
    public async Task Request_SignedByAnotherKeyUnderThePoolsKeyId_Gets401InvalidSignature()
    {
        CognitoSession bob = await api.SignInAsync("bob");
        string kid = (string)TestJwt.Header(bob.Tokens.AccessToken)["kid"]!;
        string forged = TestJwt.SignedWithNewKey(bob.Tokens.AccessToken, kid);

        using HttpResponseMessage response = await GetAsync("/me", forged);

        AssertInvalidToken(response, "The token's signature is invalid", forged);
    }

    [Fact]
    public async Task Request_SignedByAnUnpublishedKey_Gets401UnknownKey()
    {
        CognitoSession bob = await api.SignInAsync("bob");
        string forged = TestJwt.SignedWithNewKey(bob.Tokens.AccessToken, "attacker-key");

        using HttpResponseMessage response = await GetAsync("/me", forged);

        AssertInvalidToken(response, "The token's signing key is unknown", forged);
    }

    [Fact]
    public async Task ManyRequestsWithUnknownKeyIds_FetchTheKeySetAtMostOnceMore()
    {
        CognitoSession bob = await api.SignInAsync("bob");
        using (HttpResponseMessage warm = await GetAsync("/me", bob.Tokens.AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        api.Clock.Advance(TimeSpan.FromSeconds(11)); // out of the penalty box left by earlier tests
        int before = JwksFetches();

        for (int i = 0; i < 20; i++)
        {
            using HttpResponseMessage response = await GetAsync("/me", TestJwt.SignedWithNewKey(bob.Tokens.AccessToken, "storm-" + i));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.True(JwksFetches() - before <= 1, $"{JwksFetches() - before} key set fetches for 20 unknown key ids");
    }

    [Fact]
    public async Task Request_WithGarbage_Gets401Malformed()
    {
        using HttpResponseMessage response = await GetAsync("/me", "not-a-jwt");

        AssertInvalidToken(response, "The token is malformed", "not-a-jwt");
    }

    private int JwksFetches() => Volatile.Read(ref api.JwksFetches);

    private Task<HttpResponseMessage> GetAsync(string path, string? token) => api.GetAsync(_testId, path, token);

    private static void AssertInvalidToken(HttpResponseMessage response, string description, string token)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        string challenge = Assert.Single(response.Headers.WwwAuthenticate).ToString();
        Assert.Equal($"Bearer error=\"invalid_token\", error_description=\"{description}\"", challenge);
        Assert.DoesNotContain(token.Split('.')[^1], challenge, StringComparison.Ordinal);
    }
}
