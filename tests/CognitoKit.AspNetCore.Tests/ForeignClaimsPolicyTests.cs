using System.Net;
using System.Net.Http.Headers;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>
/// Group and scope policies count only what the Cognito pool issued: the same claim names from another scheme of the app
/// (here a header-driven one, as a cookie or a second bearer would be) do not satisfy them.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ForeignClaimsPolicyTests(ApiServerFixture api) : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _http;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton<TimeProvider>(api.Clock);
                builder.Services.AddAuthentication(CognitoAuthenticationDefaults.AuthenticationScheme)
                    .AddCognito(o =>
                    {
                        o.UserPoolId = api.Pool.Id;
                        o.Issuer = api.Pool.Issuer;
                        o.ClientIds = [api.Client.ClientId, api.MachineClient.ClientId];
                    })
                    .AddScheme<AuthenticationSchemeOptions, HeaderClaimsHandler>(HeaderClaimsHandler.SchemeName, _ => { });
                string[] bothSchemes = [CognitoAuthenticationDefaults.AuthenticationScheme, HeaderClaimsHandler.SchemeName];
                builder.Services.AddAuthorizationBuilder()
                    .AddPolicy("admins", p => p.AddAuthenticationSchemes(bothSchemes).RequireCognitoGroup("admins"))
                    .AddPolicy("orders-read", p => p.AddAuthenticationSchemes(bothSchemes).RequireScope("orders/read"));
            },
            app =>
            {
                app.UseAuthentication();
                app.UseAuthorization();
                app.MapGet("/admin", () => "admin area").RequireAuthorization("admins");
                app.MapGet("/orders", () => "orders").RequireAuthorization("orders-read");
            });
        _http = new HttpClient { BaseAddress = _app.Address() };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task GroupPolicy_WithTheGroupClaimFromAnotherScheme_Returns403()
    {
        using HttpResponseMessage response = await SendAsync("/admin", claims: "cognito:groups=admins");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GroupPolicy_WithTheGroupInACognitoAccessToken_Returns200()
    {
        CognitoSession alice = await api.SignInAsync("alice");

        using HttpResponseMessage response = await SendAsync("/admin", bearer: alice.Tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("admin area", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GroupPolicy_WithACognitoTokenOfANonMemberAndTheGroupFromAnotherScheme_Returns403()
    {
        CognitoSession bob = await api.SignInAsync("bob");

        using HttpResponseMessage response = await SendAsync("/admin", bearer: bob.Tokens.AccessToken, claims: "cognito:groups=admins");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ScopePolicy_WithTheScopeClaimFromAnotherScheme_Returns403()
    {
        using HttpResponseMessage response = await SendAsync("/orders", claims: "scope=orders/read");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ScopePolicy_WithTheScopeInACognitoAccessToken_Returns200()
    {
        string machine = await api.GetMachineTokenAsync();

        using HttpResponseMessage response = await SendAsync("/orders", bearer: machine);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? bearer = null, string? claims = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (claims is not null)
        {
            request.Headers.Add(HeaderClaimsHandler.Header, claims);
        }

        return await _http!.SendAsync(request);
    }
}
