using System.Net;
using System.Text.Json;
using CognitoKit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.AspNetCore.Tests.HealthChecks;

/// <summary>
/// A Kestrel app with CognitoKit's health checks behind <c>MapHealthChecks("/health")</c> (every check) and
/// <c>/ready</c> (checks tagged "ready"), writing each entry's status, description and data as JSON.
/// </summary>
internal sealed class HealthEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private HealthEndpoint(WebApplication app, HttpClient http)
    {
        _app = app;
        _http = http;
    }

    /// <summary>The app's clock: moves only when a test advances it.</summary>
    public FakeTimeProvider Clock { get; private init; } = null!;

    /// <summary>Makes every signing-key (JWKS) request of the app fail with HTTP 503 while true.</summary>
    public JwksOutage Outage { get; private init; } = null!;

    public static async Task<HealthEndpoint> StartAsync(Action<IServiceCollection, JwksOutage> configure)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var outage = new JwksOutage();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<TimeProvider>(clock);
        configure(builder.Services, outage);
        WebApplication app = builder.Build();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });
        app.MapHealthChecks("/ready", new HealthCheckOptions { ResponseWriter = WriteAsync, Predicate = r => r.Tags.Contains("ready") });
        await app.StartAsync();
        var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        return new HealthEndpoint(app, http) { Clock = clock, Outage = outage };
    }

    /// <summary>Points options at a pool and client of the emulator, one attempt per call.</summary>
    public static void Configure(CognitoKitOptions o, CognitoEmulator emulator, EmulatedUserPool pool, EmulatedUserPoolClient client)
    {
        o.UserPoolId = pool.Id;
        o.ClientId = client.ClientId;
        o.ClientSecret = client.ClientSecret;
        o.UserPoolEndpoint = emulator.Endpoint;
        o.IdentityEndpoint = emulator.Endpoint;
        o.MaxAttempts = 1;
    }

    /// <summary>GETs the path; answers the HTTP status, the raw body and the entries by name.</summary>
    public async Task<(HttpStatusCode Status, string Body, Dictionary<string, Entry> Entries)> GetAsync(string path = "/health")
    {
        using HttpResponseMessage response = await _http.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        var entries = JsonSerializer.Deserialize<Dictionary<string, Entry>>(body)!;
        return (response.StatusCode, body, entries);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var entries = report.Entries.ToDictionary(
            e => e.Key,
            e => new Entry(e.Value.Status.ToString(), e.Value.Description, e.Value.Data.ToDictionary(d => d.Key, d => Convert.ToString(d.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""), [.. e.Value.Tags]));
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(entries));
    }

    /// <summary>One check's result as the endpoint wrote it.</summary>
    public sealed record Entry(string Status, string? Description, Dictionary<string, string> Data, List<string> Tags);

    /// <summary>A switch that makes JWKS requests fail, added to CognitoKit's HTTP clients through <c>ConfigureHttpClient</c>.</summary>
    public sealed class JwksOutage
    {
        public volatile bool Down;

        public DelegatingHandler Handler() => new OutageHandler(this);

        private sealed class OutageHandler(JwksOutage outage) : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                outage.Down && request.RequestUri!.AbsolutePath.EndsWith("/.well-known/jwks.json", StringComparison.Ordinal)
                    ? Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request })
                    : base.SendAsync(request, cancellationToken);
        }
    }
}
