using System.Net;
using System.Security.Claims;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using CognitoKit.Tokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>An API that keeps Microsoft's <c>AddJwtBearer</c>, pointed at the pool with <c>UseCognito</c>, on Kestrel.</summary>
[Collection(ApiCollection.Name)]
public sealed class JwtBearerBridgeTests(ApiServerFixture api) : IAsyncLifetime
{
    private int _jwksFetches;
    private HttpClient? _jwksClient;
    private WebApplication? _app;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _jwksClient = new HttpClient(new CountingHandler(() => Interlocked.Increment(ref _jwksFetches)) { InnerHandler = new HttpClientHandler() });
        var validator = new CognitoTokenValidator(
            new CognitoTokenValidationOptions { UserPoolId = api.Pool.Id, Issuer = api.Pool.Issuer, AllowedClientIds = [api.Client.ClientId] },
            _jwksClient,
            api.Clock);

        _app = await TestApp.StartAsync(
            builder =>
            {
                builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                    .AddJwtBearer(o => o.UseCognito(validator))
                    .AddJwtBearer("IdTokens", o => o.UseCognito(validator, CognitoTokenUse.Id));
                builder.Services.AddAuthorization();
            },
            app =>
            {
                app.UseAuthentication();
                app.UseAuthorization();
                app.MapGet("/me", (ClaimsPrincipal user) => "name=" + user.Identity?.Name + "\nsub=" + user.FindFirstValue("sub")).RequireAuthorization();
                app.MapGet("/id/me", (ClaimsPrincipal user) => "name=" + user.Identity?.Name)
                    .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { AuthenticationSchemes = "IdTokens" });
            });
        _address = _app.Address();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _jwksClient?.Dispose();
    }

    [Fact]
    public async Task JwtBearer_WithAValidAccessToken_Returns200WithCognitosClaimNames()
    {
        CognitoSession alice = await api.SignInAsync("alice");

        using HttpResponseMessage response = await GetAsync("/me", alice.Tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("name=alice\nsub=" + api.Alice.Sub, await response.Content.ReadAsStringAsync());
        Assert.Equal(1, Volatile.Read(ref _jwksFetches));
    }

    [Fact]
    public async Task JwtBearer_WithAnIdTokenOnAnAccessTokenApi_Returns401()
    {
        CognitoSession alice = await api.SignInAsync("alice");

        using HttpResponseMessage response = await GetAsync("/me", alice.Tokens.IdToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task JwtBearer_IdTokenScheme_AcceptsIdTokensAndRefusesAccessTokens()
    {
        CognitoSession bob = await api.SignInAsync("bob");

        using HttpResponseMessage withId = await GetAsync("/id/me", bob.Tokens.IdToken);
        using HttpResponseMessage withAccess = await GetAsync("/id/me", bob.Tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, withId.StatusCode);
        Assert.Equal("name=bob", await withId.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, withAccess.StatusCode);
    }

    [Fact]
    public async Task JwtBearer_WithATokenOfAnotherAppClient_Returns401()
    {
        CognitoSession other = await api.SignInAsync("alice", api.OtherClient);

        using HttpResponseMessage response = await GetAsync("/me", other.Tokens.AccessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task JwtBearer_WithATokenOfAnotherUserPool_Returns401AndFetchesNoOtherKeys()
    {
        CognitoSession foreign = await api.SignInAsync("alice", api.OtherPoolClient, api.OtherPool);

        using HttpResponseMessage response = await GetAsync("/me", foreign.Tokens.AccessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(Volatile.Read(ref _jwksFetches) <= 1, "the other pool's keys were fetched");
    }

    [Fact]
    public async Task JwtBearer_WithAnExpiredToken_Returns401()
    {
        CognitoSession bob = await api.SignInAsync("bob");
        using (HttpResponseMessage before = await GetAsync("/me", bob.Tokens.AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        api.Clock.Advance(TimeSpan.FromMinutes(62)); // one-hour tokens, plus more than the 60-second skew

        using HttpResponseMessage response = await GetAsync("/me", bob.Tokens.AccessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task JwtBearer_WithATokenSignedByAnotherKeyUnderThePoolsKeyId_Returns401()
    {
        CognitoSession bob = await api.SignInAsync("bob");
        string kid = (string)TestJwt.Header(bob.Tokens.AccessToken)["kid"]!;

        using HttpResponseMessage response = await GetAsync("/me", TestJwt.SignedWithNewKey(bob.Tokens.AccessToken, kid));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var http = new HttpClient { BaseAddress = _address };
        return await http.GetWithBearerAsync(path, token);
    }
}
