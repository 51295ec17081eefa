using System.Collections.Concurrent;

namespace CognitoKit.IntegrationTests.Operations;

/// <summary>An observer that keeps every event it hears, in order; with <see cref="Throws"/>, it fails after keeping it.</summary>
internal sealed class RecordingObserver : ICognitoKitObserver
{
    private readonly ConcurrentQueue<CognitoKitEvent> _events = new();

    public bool Throws { get; init; }

    public IReadOnlyList<CognitoKitEvent> Events => [.. _events];

    public IReadOnlyList<CognitoKitEventKind> Kinds => [.. _events.Select(e => e.Kind)];

    public Task OnEventAsync(CognitoKitEvent cognitoEvent, CancellationToken cancellationToken = default)
    {
        _events.Enqueue(cognitoEvent);
        return Throws ? throw new InvalidOperationException("observer failure") : Task.CompletedTask;
    }
}
