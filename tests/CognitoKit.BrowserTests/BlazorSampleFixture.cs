using System.Text.Json.Nodes;
using CognitoKit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CognitoKit.BrowserTests;

/// <summary>
/// The Blazor WebAssembly sample as a browser loads it: its build output served by a small Kestrel app on 127.0.0.1
/// (static web assets, as <c>dotnet run</c> serves them), an <c>appsettings.json</c> pointing it at an emulator on
/// another port (so every call is cross-origin, with CORS preflights), and one headless Chromium.
/// </summary>
public sealed class BlazorSampleFixture : IAsyncLifetime
{
    public const string SampleName = "CognitoKit.BlazorSample";
    public const string Password = "Correct-horse-battery-1";

    private WebApplication? site;
    private IPlaywright? playwright;

    public CognitoEmulator Cognito { get; private set; } = null!;

    public EmulatedUserPool Pool { get; private set; } = null!;

    public EmulatedUserPoolClient App { get; private set; } = null!;

    public EmulatedIdentityPool Identities { get; private set; } = null!;

    public Uri Home { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cognito = await CognitoEmulator.StartAsync();
        Pool = await Cognito.CreateUserPoolAsync("blazor", request =>
        {
            request["AutoVerifiedAttributes"] = new JsonArray("email");
            request["MfaConfiguration"] = "OPTIONAL";
        });
        await Pool.SetMfaConfigAsync(MfaConfiguration.Optional, softwareToken: true);
        // A browser cannot keep a secret: the app client has none.
        App = await Pool.CreateClientAsync("blazor-app", generateSecret: false, explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);
        Identities = await Cognito.CreateIdentityPoolAsync(Pool, App, allowUnauthenticatedIdentities: false, name: "blazor_identities");
        await Identities.SetRolesAsync("arn:aws:iam::123456789012:role/blazor-signed-in", "arn:aws:iam::123456789012:role/blazor-guest");

        site = await StartSiteAsync(SampleOutputDirectory(), AppSettings());
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Home = new Uri(new Uri(address).GetLeftPart(UriPartial.Authority) + "/");
        (playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }

        if (Cognito is not null)
        {
            await Cognito.DisposeAsync();
        }
    }

    /// <summary>A new page whose console errors go to the test's output.</summary>
    public async Task<IPage> NewPageAsync(ITestOutputHelper output)
    {
        var page = await Browser.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                output.WriteLine($"[browser {message.Type}] {message.Text}");
            }
        };
        return page;
    }

    private string AppSettings() => new JsonObject
    {
        ["CognitoKit"] = new JsonObject
        {
            ["Region"] = Cognito.Region,
            ["UserPoolId"] = Pool.Id,
            ["ClientId"] = App.ClientId,
            ["IdentityPoolId"] = Identities.Id,
            ["UserPoolEndpoint"] = Cognito.Endpoint.AbsoluteUri,
            ["IdentityEndpoint"] = Cognito.Endpoint.AbsoluteUri,
            ["StsEndpoint"] = Cognito.Endpoint.AbsoluteUri,
        },
    }.ToJsonString();

    /// <summary>The sample's build output, in the configuration this test project was built in.</summary>
    private static string SampleOutputDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CognitoKit.sln")))
        {
            dir = dir.Parent;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;   // bin/<Configuration>/net10.0/
        var output = Path.Combine(dir?.FullName ?? ".", "samples", SampleName, "bin", configuration, "net10.0");
        if (!File.Exists(Path.Combine(output, SampleName + ".staticwebassets.endpoints.json")))
        {
            throw new InvalidOperationException(
                $"The Blazor sample is not built at {output}: build the solution (or `dotnet build samples/{SampleName} -c {configuration}`) first.");
        }

        return output;
    }

    private static async Task<WebApplication> StartSiteAsync(string outputDirectory, string appSettings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = outputDirectory,
            WebRootPath = Path.Combine(outputDirectory, "wwwroot"),
            EnvironmentName = "Development",
            ApplicationName = SampleName,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseSetting(WebHostDefaults.PreventHostingStartupKey, "true");
        builder.WebHost.UseSetting(WebHostDefaults.StaticWebAssetsKey, Path.Combine(outputDirectory, SampleName + ".staticwebassets.runtime.json"));
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        // The app's settings for this run: the emulator's pool, client and endpoints, as a deployment would serve them.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.Equals("/appsettings.json", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.ContentType = "application/json";
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsync(appSettings);
                return;
            }

            await next(context);
        });
        app.MapStaticAssets(Path.Combine(outputDirectory, SampleName + ".staticwebassets.endpoints.json"));
        app.MapFallbackToFile("index.html");
        await app.StartAsync();
        return app;
    }
}
