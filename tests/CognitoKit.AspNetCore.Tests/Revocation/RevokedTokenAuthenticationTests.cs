using System.Net;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using CognitoKit.Tests.Logging;
using CognitoKit.Tokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore.Tests.Revocation;

/// <summary>
/// An app that signs users in with CognitoKit and serves an API with both the Cognito scheme (<c>AddCognito</c>) and
/// JwtBearer pointed at the pool (<c>UseCognito</c>): once a session is revoked, both answer 401 to its unexpired access
/// token, and the log says why without showing the token.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RevokedTokenAuthenticationTests(ApiServerFixture api) : IAsyncLifetime
{
    private const string JwtScheme = "Jwt";

    private readonly CapturingLoggerProvider _logs = new();
    private WebApplication? _app;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(
            builder =>
            {
                builder.Logging.AddProvider(_logs);
                builder.Logging.SetMinimumLevel(LogLevel.Debug);
                builder.Services.AddSingleton<TimeProvider>(api.Clock);
                builder.Services.AddCognitoKit(o =>
                {
                    o.UserPoolId = api.Pool.Id;
                    o.ClientId = api.Client.ClientId;
                    o.UserPoolEndpoint = api.Emulator.Endpoint;
                    o.MaxAttempts = 1;
                });
                builder.Services.AddAuthentication(CognitoAuthenticationDefaults.AuthenticationScheme)
                    .AddCognito()
                    .AddJwtBearer(JwtScheme);
                builder.Services.AddOptions<JwtBearerOptions>(JwtScheme).Configure<CognitoTokenValidator>((o, validator) => o.UseCognito(validator));
                builder.Services.AddAuthorization();
            },
            app =>
            {
                app.UseAuthentication();
                app.UseAuthorization();
                app.MapGet("/cognito", () => "ok").RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute
                {
                    AuthenticationSchemes = CognitoAuthenticationDefaults.AuthenticationScheme,
                });
                app.MapGet("/jwt", () => "ok").RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { AuthenticationSchemes = JwtScheme });
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
    public async Task CognitoScheme_AndJwtBearer_Answer401ToTheAccessTokenOfARevokedSession_AndLogTheReasonWithoutTheToken()
    {
        ICognitoKit kit = _app!.Services.GetRequiredService<ICognitoKit>();
        SignInStep step = await kit.SignIn("bob", ApiServerFixture.Password).SendAsync();
        CognitoSession session = Assert.IsType<SignedIn>(step).Session;
        string token = session.Tokens.AccessToken;
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/cognito", token));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/jwt", token));

        await kit.Account(session).RevokeRefreshTokenAsync();

        Assert.True(session.Tokens.AccessTokenExpiresAt > api.Clock.GetUtcNow(), "the access token must still be unexpired");
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync("/cognito", token));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync("/jwt", token));
        string[] lines = [.. _logs.Lines];
        Assert.Contains(lines, l => l.Contains("rejected a bearer token (Revoked)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(nameof(CognitoSecurityTokenRejectedException), StringComparison.Ordinal) && l.Contains("origin_jti", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(token, StringComparison.Ordinal) || l.Contains(token.Split('.')[2], StringComparison.Ordinal));
    }

    private async Task<HttpStatusCode> StatusAsync(string path, string token)
    {
        using HttpResponseMessage response = await _http.GetWithBearerAsync(path, token);
        return response.StatusCode;
    }
}
