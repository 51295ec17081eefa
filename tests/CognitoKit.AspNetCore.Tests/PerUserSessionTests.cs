using System.Net;
using System.Net.Http.Headers;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>A back end calling another API for many users: each request's outgoing call carries that user's token.</summary>
[Collection(ApiCollection.Name)]
public sealed class PerUserSessionTests(ApiServerFixture api)
{
    [Fact]
    public async Task Gateway_CallsDownstreamWithTheCurrentUsersOwnSession()
    {
        ICognitoSessions store = api.Api.Services.GetRequiredService<ICognitoKit>().Sessions;
        CognitoSession alice = await api.SignInAsync("alice");
        CognitoSession bob = await api.SignInAsync("bob");
        await store.SaveAsync(api.Alice.Sub, alice);
        await store.SaveAsync(api.Bob.Sub, bob);

        string asAlice = await GetGatewayAsync(alice.Tokens.AccessToken, HttpStatusCode.OK);
        string asBob = await GetGatewayAsync(bob.Tokens.AccessToken, HttpStatusCode.OK);

        Assert.StartsWith("name=alice\nsub=" + api.Alice.Sub, asAlice, StringComparison.Ordinal);
        Assert.StartsWith("name=bob\nsub=" + api.Bob.Sub, asBob, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_WhenTheStoredSessionHasExpired_RefreshesItAndSavesTheNewTokens()
    {
        ICognitoSessions store = api.Api.Services.GetRequiredService<ICognitoKit>().Sessions;
        CognitoSession stored = await api.SignInAsync("alice");
        await store.SaveAsync(api.Alice.Sub, stored);
        string before = stored.Tokens.AccessToken;
        api.Clock.Advance(TimeSpan.FromMinutes(61));
        CognitoSession caller = await api.SignInAsync("alice"); // the caller's own token to the gateway is fresh

        string body = await GetGatewayAsync(caller.Tokens.AccessToken, HttpStatusCode.OK);

        Assert.StartsWith("name=alice", body, StringComparison.Ordinal);
        Assert.Equal(1, api.RefreshesOf(stored));
        CognitoSession? saved = await store.GetAsync(api.Alice.Sub);
        Assert.NotNull(saved);
        Assert.NotEqual(before, saved.Tokens.AccessToken);
    }

    [Fact]
    public async Task Gateway_ForAUserWithNoStoredSession_FailsWithSignInAgain()
    {
        ICognitoSessions store = api.Api.Services.GetRequiredService<ICognitoKit>().Sessions;
        CognitoSession bob = await api.SignInAsync("bob");
        await store.RemoveAsync(api.Bob.Sub);

        string body = await GetGatewayAsync(bob.Tokens.AccessToken, HttpStatusCode.FailedDependency);

        Assert.Equal("no session: sign in again", body);
    }

    private async Task<string> GetGatewayAsync(string token, HttpStatusCode expected)
    {
        using HttpClient http = api.CreateRawClient("gateway");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/gateway/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using HttpResponseMessage response = await http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {body}");
        return body;
    }
}
