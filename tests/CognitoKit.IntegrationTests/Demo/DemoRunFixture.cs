using CognitoKit.Demo;

namespace CognitoKit.IntegrationTests.Demo;

/// <summary>Runs the demo once against its own emulator, with passwords the tests know, and keeps what it printed.</summary>
public sealed class DemoRunFixture : IAsyncLifetime
{
    /// <summary>The first password the demo user signs up with.</summary>
    public string Password { get; } = "Pw1!" + Guid.NewGuid().ToString("N");

    /// <summary>The password the demo's reset sets.</summary>
    public string NewPassword { get; } = "Pw2!" + Guid.NewGuid().ToString("N");

    /// <summary>Everything the demo printed.</summary>
    public string Output { get; private set; } = string.Empty;

    /// <summary>The demo's report.</summary>
    public DemoReport Report { get; private set; } = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        using var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        Report = await DemoRunner.RunAsync(new DemoOptions { Password = Password, NewPassword = NewPassword }, output, timeout.Token);
        Output = output.ToString();
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;
}
