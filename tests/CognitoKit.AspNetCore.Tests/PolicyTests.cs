using System.Net;
using System.Net.Http.Headers;
using CognitoKit.AspNetCore.Tests.Infrastructure;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>Group and scope policies over real HTTP: 403 when the token lacks them, 200 when it carries them.</summary>
[Collection(ApiCollection.Name)]
public sealed class PolicyTests(ApiServerFixture api)
{
    [Fact]
    public async Task GroupPolicy_ForAMemberOfTheGroup_Returns200()
    {
        CognitoSession alice = await api.SignInAsync("alice");

        using HttpResponseMessage response = await GetAsync("/admin", alice.Tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("admin area", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GroupPolicy_ForAUserOutsideTheGroup_Returns403InsufficientScopeWithoutNamingTheGroup()
    {
        CognitoSession bob = await api.SignInAsync("bob");

        using HttpResponseMessage response = await GetAsync("/admin", bob.Tokens.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(
            "Bearer error=\"insufficient_scope\", error_description=\"The user is not in a required group\"",
            Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task ScopePolicy_ForATokenWithoutTheScope_Returns403InsufficientScopeNamingIt()
    {
        CognitoSession alice = await api.SignInAsync("alice");

        using HttpResponseMessage response = await GetAsync("/orders", alice.Tokens.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(
            "Bearer error=\"insufficient_scope\", error_description=\"The token lacks a required scope\", scope=\"orders/read\"",
            Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task ScopePolicy_ForAClientCredentialsTokenWithTheScope_Returns200()
    {
        string machine = await api.GetMachineTokenAsync();

        using HttpResponseMessage response = await GetAsync("/orders", machine);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("orders", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ScopePolicy_ForAUserTokenWithTheScope_Returns200()
    {
        CognitoSession bob = await api.SignInAsync("bob");

        using HttpResponseMessage response = await GetAsync("/profile", bob.Tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Policies_WithNoToken_Challenge401RatherThanForbid()
    {
        using HttpResponseMessage response = await GetAsync("/admin", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? token) => api.GetAsync("policies", path, token);
}
