using System.Net;
using System.Text;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>The outgoing handler against the real API: fresh tokens without the caller noticing, and one retry after a 401.</summary>
[Collection(ApiCollection.Name)]
public sealed class AccessTokenHandlerTests(ApiServerFixture api)
{
    private readonly string _testId = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Calls_AcrossTheSessionsExpiry_AreAll200WithExactlyOneRefreshAndNo401()
    {
        CognitoSession session = await api.SignInAsync("alice");
        HttpClient orders = CreateOrdersClient(session);
        string first = session.Tokens.AccessToken;

        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 2; i++)
        {
            using HttpResponseMessage response = await orders.GetAsync(new Uri("me", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        api.Clock.Advance(TimeSpan.FromMinutes(61)); // past the tokens' expiry, for Cognito, the API and the session alike
        HttpResponseMessage[] later = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => orders.GetAsync(new Uri("me", UriKind.Relative))));
        statuses.AddRange(later.Select(r => r.StatusCode));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(1, api.RefreshesOf(session));
        IReadOnlyList<ApiHit> hits = api.HitsOf(_testId);
        Assert.Equal(7, hits.Count);
        Assert.DoesNotContain(hits, h => h.Status == 401);
        Assert.All(hits.Take(2), h => Assert.Equal(first, h.BearerToken));
        Assert.All(hits.Skip(2), h => Assert.Equal(session.Tokens.AccessToken, h.BearerToken));
        Assert.NotEqual(first, session.Tokens.AccessToken);
    }

    [Fact]
    public async Task Call_WhenTheApiRejectsTheToken_RefreshesOnceRetriesOnceAndReturns200()
    {
        CognitoSession session = await api.SignInAsync("bob");
        string rejected = session.Tokens.AccessToken;
        api.DeniedJtis[(string)TestJwt.Payload(rejected)["jti"]!] = 0;
        HttpClient orders = CreateOrdersClient(session);

        using HttpResponseMessage response = await orders.GetAsync(new Uri("me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("name=bob", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, api.RefreshesOf(session));
        IReadOnlyList<ApiHit> hits = api.HitsOf(_testId);
        Assert.Equal([401, 200], hits.Select(h => h.Status));
        Assert.Equal(rejected, hits[0].BearerToken);
        Assert.Equal(session.Tokens.AccessToken, hits[1].BearerToken);
    }

    [Fact]
    public async Task Retry_AfterA401_SendsTheSameBodyAndContentType()
    {
        CognitoSession session = await api.SignInAsync("bob");
        api.DeniedJtis[(string)TestJwt.Payload(session.Tokens.AccessToken)["jti"]!] = 0;
        HttpClient orders = CreateOrdersClient(session);
        string order = "{\"item\":\"tea\",\"quantity\":3}";

        using HttpResponseMessage response = await orders.PostAsync(
            new Uri("echo", UriKind.Relative),
            new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(order))) { Headers = { { "Content-Type", "application/json" } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(order, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([401, 200], api.HitsOf(_testId).Select(h => h.Status));
    }

    [Fact]
    public async Task Call_WhenTheApiKeepsRejecting_RetriesOnlyOnceAndReturnsThe401()
    {
        CognitoSession session = await api.SignInAsync("bob");
        string sub = (string)TestJwt.Payload(session.Tokens.AccessToken)["sub"]!;
        api.DeniedSubjects[sub] = 0;
        try
        {
            HttpClient orders = CreateOrdersClient(session);

            using HttpResponseMessage response = await orders.GetAsync(new Uri("me", UriKind.Relative));

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(2, api.HitsOf(_testId).Count);
            Assert.Equal(1, api.RefreshesOf(session));
        }
        finally
        {
            api.DeniedSubjects.TryRemove(sub, out _);
        }
    }

    [Fact]
    public async Task Call_WithNoSessionYet_ThrowsSignInFirstAndSendsNothing()
    {
        HttpClient orders = CreateOrdersClient(session: null);

        var error = await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => orders.GetAsync(new Uri("me", UriKind.Relative)));

        Assert.Contains("sign in", error.Message, StringComparison.Ordinal);
        Assert.Empty(api.HitsOf(_testId));
    }

    [Fact]
    public async Task FixedSession_SetAfterSignIn_IsUsedByClientsCreatedBefore()
    {
        ServiceProvider app = api.CreateClientApp(configure: services =>
        {
            services.AddFixedCognitoSession();
            services.AddHttpClient("orders", ConfigureOrders).AddCognitoAccessToken();
        });
        HttpClient orders = app.GetRequiredService<IHttpClientFactory>().CreateClient("orders");
        SignInStep step = await app.GetRequiredService<ICognitoKit>().SignIn("alice", ApiServerFixture.Password).SendAsync(CancellationToken.None);

        app.GetRequiredService<FixedCognitoSessionAccessor>().Session = Assert.IsType<SignedIn>(step).Session;
        using HttpResponseMessage response = await orders.GetAsync(new Uri("me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("name=alice", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdTokenOption_SendsTheIdToken()
    {
        CognitoSession session = await api.SignInAsync("alice");
        ServiceProvider app = api.CreateClientApp(configure: services =>
        {
            services.AddFixedCognitoSession(session);
            services.AddHttpClient("ids", ConfigureOrders).AddCognitoAccessToken(o => o.TokenUse = Tokens.CognitoTokenUse.Id);
        });

        using HttpResponseMessage response = await app.GetRequiredService<IHttpClientFactory>().CreateClient("ids").GetAsync(new Uri("id/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(session.Tokens.IdToken, Assert.Single(api.HitsOf(_testId)).BearerToken);
    }

    private HttpClient CreateOrdersClient(CognitoSession? session)
    {
        ServiceProvider app = api.CreateClientApp(configure: services =>
        {
            services.AddFixedCognitoSession(session);
            services.AddHttpClient("orders", ConfigureOrders).AddCognitoAccessToken();
        });
        return app.GetRequiredService<IHttpClientFactory>().CreateClient("orders");
    }

    private void ConfigureOrders(HttpClient http)
    {
        http.BaseAddress = api.ApiAddress;
        http.DefaultRequestHeaders.Add(ProtectedApi.TestIdHeader, _testId);
    }
}
