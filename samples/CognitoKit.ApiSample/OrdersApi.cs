using System.Security.Claims;
using CognitoKit.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CognitoKit.ApiSample;

/// <summary>The API: a minimal API whose every endpoint needs a Cognito access token of the web client.</summary>
internal static class OrdersApi
{
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string userPoolId, string issuer, string clientId)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        builder.Services.AddAuthentication()
            .AddCognito(o =>
            {
                o.UserPoolId = userPoolId;
                o.Issuer = issuer; // only for the emulator: real pools derive it from UserPoolId
                o.ClientIds = [clientId];
            });
        builder.Services.AddAuthorizationBuilder()
            .AddCognitoGroupPolicy("admins", "admins")
            .AddCognitoScopePolicy("reports", "reports/read");

        WebApplication app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/me", (ClaimsPrincipal user) => $"{user.Identity?.Name} ({user.FindFirstValue(ClaimTypes.NameIdentifier)})").RequireAuthorization();
        app.MapGet("/orders", () => "order 1001: 3 x tea").RequireAuthorization("admins");
        app.MapGet("/reports", () => "quarterly report").RequireAuthorization("reports");

        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }
}
