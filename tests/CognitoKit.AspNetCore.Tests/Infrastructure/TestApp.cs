using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>A minimal API for a test on Kestrel (127.0.0.1, a free port, no log providers unless the test adds one), and calls to it.</summary>
public static class TestApp
{
    /// <summary>Builds the app with <paramref name="configure"/> (services, logging), lets <paramref name="map"/> add middleware and endpoints, and starts it.</summary>
    public static async Task<WebApplication> StartAsync(Action<WebApplicationBuilder> configure, Action<WebApplication> map)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        configure(builder);
        WebApplication app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }

    /// <summary>The address a started app listens on.</summary>
    public static Uri Address(this WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>GETs <paramref name="path"/>, sending <paramref name="token"/> as the bearer when given.</summary>
    public static async Task<HttpResponseMessage> GetWithBearerAsync(this HttpClient http, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }
}
