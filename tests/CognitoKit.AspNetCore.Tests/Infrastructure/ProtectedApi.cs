using System.Security.Claims;
using CognitoKit.Tokens;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>
/// The API under test: a minimal API on Kestrel (127.0.0.1, a free port) protected by <c>AddCognito</c>, with a group
/// policy, scope policies, an ID-token scheme, an echo endpoint for request bodies and a gateway endpoint that calls the
/// API again on behalf of its caller through the per-user session accessor.
/// </summary>
public static class ProtectedApi
{
    public const string TestIdHeader = "X-Test-Id";
    public const string IdScheme = "CognitoId";

    public static async Task<WebApplication> StartAsync(ApiServerFixture fixture)
    {
        WebApplication app = await TestApp.StartAsync(builder => AddServices(builder.Services, fixture), built => MapEndpoints(built, fixture));
        fixture.ApiAddress = new Uri(app.Address().AbsoluteUri.TrimEnd('/') + "/");
        return app;
    }

    private static void AddServices(IServiceCollection services, ApiServerFixture fixture)
    {
        services.AddSingleton<TimeProvider>(fixture.Clock);

        // The gateway endpoint needs cognito.Sessions; the schemes below are configured explicitly all the same.
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = fixture.Pool.Id;
            o.ClientId = fixture.Client.ClientId;
            o.UserPoolEndpoint = fixture.Emulator.Endpoint;
            o.MaxAttempts = 1;
        });
        services.AddAuthentication(CognitoAuthenticationDefaults.AuthenticationScheme)
            .AddCognito(o =>
            {
                o.UserPoolId = fixture.Pool.Id;
                o.Issuer = fixture.Pool.Issuer;
                o.ClientIds = [fixture.Client.ClientId, fixture.MachineClient.ClientId];
                o.TokenUse = CognitoTokenUse.Access;
                o.Events.OnTokenValidated = context =>
                {
                    // Stands in for an API's own deny list (tokens of a user whose access was just withdrawn).
                    if (fixture.DeniedJtis.ContainsKey(context.Claims.Jti ?? string.Empty) || fixture.DeniedSubjects.ContainsKey(context.Claims.Subject))
                    {
                        context.Fail("The token is on the deny list.");
                    }

                    return Task.CompletedTask;
                };
            })
            .AddCognito(IdScheme, o =>
            {
                o.UserPoolId = fixture.Pool.Id;
                o.Issuer = fixture.Pool.Issuer;
                o.ClientIds = [fixture.Client.ClientId];
                o.TokenUse = CognitoTokenUse.Id;
            });
        services.AddAuthorizationBuilder()
            .AddCognitoGroupPolicy("admins", "admins")
            .AddCognitoScopePolicy("orders-read", "orders/read");
        services.AddHttpClient(CognitoTokenValidator.HttpClientName)
            .AddHttpMessageHandler(() => new CountingHandler(() => Interlocked.Increment(ref fixture.JwksFetches)));
        services.AddHttpContextCognitoSession();
        services.AddHttpClient("downstream", c => c.BaseAddress = fixture.ApiAddress).AddCognitoAccessToken();
    }

    private static void MapEndpoints(WebApplication app, ApiServerFixture fixture)
    {
        app.Use((context, next) =>
        {
            string? authorization = context.Request.Headers.Authorization;
            string? bearer = authorization?.StartsWith("Bearer ", StringComparison.Ordinal) == true ? authorization[7..] : null;
            context.Response.OnStarting(() =>
            {
                fixture.Hits.Enqueue(new ApiHit(context.Request.Headers[TestIdHeader], context.Request.Path, bearer, context.Response.StatusCode));
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/me", (ClaimsPrincipal user) => Describe(user)).RequireAuthorization();
        app.MapGet("/id/me", (ClaimsPrincipal user) => Describe(user))
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = IdScheme });
        app.MapGet("/admin", () => "admin area").RequireAuthorization("admins");
        app.MapGet("/orders", () => "orders").RequireAuthorization("orders-read");
        app.MapGet("/profile", () => "profile").RequireAuthorization(p => p.RequireScope("aws.cognito.signin.user.admin"));
        app.MapPost("/echo", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            return Results.Text(await reader.ReadToEndAsync(), request.ContentType);
        }).RequireAuthorization();
        app.MapGet("/gateway/me", async (IHttpClientFactory clients) =>
        {
            try
            {
                using HttpResponseMessage response = await clients.CreateClient("downstream").GetAsync(new Uri("/me", UriKind.Relative));
                return Results.Text(await response.Content.ReadAsStringAsync(), statusCode: (int)response.StatusCode);
            }
            catch (CognitoSessionExpiredException)
            {
                return Results.Text("no session: sign in again", statusCode: StatusCodes.Status424FailedDependency);
            }
        }).RequireAuthorization();
    }

    /// <summary>What the API saw of the user: name, subject, roles and scopes, one per line.</summary>
    private static string Describe(ClaimsPrincipal user) => string.Join('\n',
        "name=" + user.Identity?.Name,
        "sub=" + user.FindFirstValue(ClaimTypes.NameIdentifier),
        "roles=" + string.Join(',', user.FindAll(ClaimTypes.Role).Select(c => c.Value)),
        "scopes=" + string.Join(',', user.FindAll("scope").Select(c => c.Value)));
}
