using CognitoKit.Testing;

namespace CognitoKit.WebSample;

/// <summary>A started web sample: the app, where it listens, and the emulator behind it when no real domain is configured.</summary>
public sealed class RunningWebSample : IAsyncDisposable
{
    internal RunningWebSample(WebApplication app, Uri address, CognitoEmulator? emulator, EmulatedUserPool? pool)
    {
        App = app;
        Address = address;
        Emulator = emulator;
        Pool = pool;
    }

    /// <summary>The running app.</summary>
    public WebApplication App { get; }

    /// <summary>The app's base address, with a trailing slash.</summary>
    public Uri Address { get; }

    /// <summary>The in-process emulator, or null when a real user pool domain is configured.</summary>
    public CognitoEmulator? Emulator { get; }

    /// <summary>The emulated user pool, or null with a real domain.</summary>
    public EmulatedUserPool? Pool { get; }

    /// <summary>Stops the app, then the emulator.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
