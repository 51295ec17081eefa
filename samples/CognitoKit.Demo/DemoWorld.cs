using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.Demo;

/// <summary>Where the story happens: the configured <see cref="ICognitoKit"/>, the user, and how they read codes.</summary>
internal sealed class DemoWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IAsyncDisposable? _emulator;

    public DemoWorld(ServiceProvider services, IAsyncDisposable? emulator)
    {
        _services = services;
        _emulator = emulator;
        Cognito = services.GetRequiredService<ICognitoKit>();
    }

    /// <summary>The façade, resolved from <c>AddCognitoKit</c> exactly as an app resolves it.</summary>
    public ICognitoKit Cognito { get; }

    /// <summary>Whether this is the local emulator (the full story can run) rather than a real pool.</summary>
    public bool OnEmulator => _emulator is not null;

    public required DemoUser User { get; init; }

    public required IUserCodes Codes { get; init; }

    public required CallerIdentity Sts { get; init; }

    /// <summary>What was set up, for the set-up line.</summary>
    public required string Description { get; init; }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
