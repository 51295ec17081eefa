namespace CognitoKit.SignIn.Srp;

/// <summary>
/// Hands out fresh <see cref="SrpEphemeral"/>s, computing the next one in the background so that
/// <c>SRP_A</c> is ready before a sign-in asks for it.
/// </summary>
/// <remarks>
/// Each call takes the pending computation atomically, so no two callers can ever receive the
/// same ephemeral. One ephemeral is kept ahead; it is computed lazily after first use.
/// </remarks>
internal sealed class SrpEphemeralSource
{
    private readonly Func<SrpEphemeral> _factory;
    private Task<SrpEphemeral>? _next;

    /// <summary>Creates a source of random ephemerals.</summary>
    public SrpEphemeralSource()
        : this(SrpEphemeral.Create)
    {
    }

    /// <summary>Creates a source that draws ephemerals from <paramref name="factory"/> (tests inject fixed ones).</summary>
    public SrpEphemeralSource(Func<SrpEphemeral> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
    }

    /// <summary>A process-wide source; ephemerals carry no configuration, so one source serves every client.</summary>
    public static SrpEphemeralSource Shared { get; } = new();

    /// <summary>Starts computing an ephemeral now if none is pending (for example when a sign-in page opens).</summary>
    public void Prefetch()
    {
        if (OperatingSystem.IsBrowser())
        {
            return;
        }

        var next = new Task<SrpEphemeral>(_factory, CancellationToken.None, TaskCreationOptions.DenyChildAttach);
        if (Interlocked.CompareExchange(ref _next, next, null) is null)
        {
            next.Start(TaskScheduler.Default);
        }
    }

    /// <summary>Returns an ephemeral no one else has received, and starts computing the next.</summary>
    /// <remarks>
    /// In the browser (one thread, no pool to compute ahead on) the ephemeral is computed inline, after the browser's
    /// arithmetic is loaded, and none is kept ahead: a background computation would only block the page at a later,
    /// unpredictable moment.
    /// </remarks>
    public Task<SrpEphemeral> TakeAsync(CancellationToken cancellationToken)
    {
        if (OperatingSystem.IsBrowser())
        {
            return TakeInlineAsync(cancellationToken);
        }

        // Whoever swaps the pending task out owns it; everyone else computes their own.
        Task<SrpEphemeral> mine = Interlocked.Exchange(ref _next, null)
            ?? Task.Factory.StartNew(_factory, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        Prefetch();
        return mine.WaitAsync(cancellationToken);
    }

    private async Task<SrpEphemeral> TakeInlineAsync(CancellationToken cancellationToken)
    {
        await SrpGroup.PrepareAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return _factory();
    }
}
