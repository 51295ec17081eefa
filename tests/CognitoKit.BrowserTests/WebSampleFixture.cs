using CognitoKit.WebSample;
using Microsoft.Playwright;

namespace CognitoKit.BrowserTests;

/// <summary>One web sample (with its in-process emulator) on 127.0.0.1 (unless a subclass says otherwise) and one headless Chromium for the whole class.</summary>
public class WebSampleFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public RunningWebSample Sample { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>What the sample is started with; null for the defaults (system clock).</summary>
    protected virtual WebSampleHostOptions? HostOptions => null;

    /// <summary>Where the sample listens (port 0: a free port).</summary>
    protected virtual string Urls => "http://127.0.0.1:0";

    public async Task InitializeAsync()
    {
        Sample = await WebSampleHost.StartAsync(["--urls=" + Urls, WebSampleHost.EmulatorSwitch], HostOptions);
        (playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (Sample is not null)
        {
            await Sample.DisposeAsync();
        }
    }

    /// <summary>Where screenshots go: <c>tests/CognitoKit.BrowserTests/TestResults/screenshots/</c>.</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CognitoKit.BrowserTests.csproj")))
            {
                dir = dir.Parent;
            }

            var path = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
