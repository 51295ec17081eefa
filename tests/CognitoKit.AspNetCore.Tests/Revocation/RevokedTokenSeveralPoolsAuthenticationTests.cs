using System.Net;
using System.Net.Http.Headers;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore.Tests.Revocation;

/// <summary>
/// A Cognito scheme trusting several pools (<c>TrustPool</c>) consults the container's revocation list like a
/// single-pool one: once a session is revoked through the façade, the scheme answers 401 to its unexpired access token.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RevokedTokenSeveralPoolsAuthenticationTests(ApiServerFixture api) : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<TimeProvider>(api.Clock);
        builder.Services.AddCognitoKit(o =>
        {
            o.UserPoolId = api.Pool.Id;
            o.ClientId = api.Client.ClientId;
            o.UserPoolEndpoint = api.Emulator.Endpoint;
            o.MaxAttempts = 1;
        });
        // The scheme trusts the instance's own pool (from AddCognitoKit) and a second one.
        builder.Services.AddAuthentication(CognitoAuthenticationDefaults.AuthenticationScheme).AddCognito(o => o
            .TrustPool(p =>
            {
                p.Issuer = api.OtherPool.Issuer;
                p.AllowedClientIds.Add(api.OtherPoolClient.ClientId);
            }));
        builder.Services.AddAuthorization();
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapGet("/me", () => "ok").RequireAuthorization();
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
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
    public async Task SchemeTrustingTwoPools_Answers401ToTheAccessTokenOfARevokedSession()
    {
        ICognitoKit kit = _app!.Services.GetRequiredService<ICognitoKit>();
        CognitoSession session = Assert.IsType<SignedIn>(await kit.SignIn("bob", ApiServerFixture.Password).SendAsync()).Session;
        string token = session.Tokens.AccessToken;
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(token));

        await kit.Account(session).RevokeRefreshTokenAsync();

        Assert.True(session.Tokens.AccessTokenExpiresAt > api.Clock.GetUtcNow(), "the access token must still be unexpired");
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(token));
    }

    private async Task<HttpStatusCode> StatusAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using HttpResponseMessage response = await _http.SendAsync(request);
        return response.StatusCode;
    }
}
