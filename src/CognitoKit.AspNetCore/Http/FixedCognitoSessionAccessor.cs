namespace CognitoKit.AspNetCore;

/// <summary>One session for every call: a client app's signed-in user. Set <see cref="Session"/> after sign-in.</summary>
/// <remarks>Thread-safe; setting <see cref="Session"/> to <see langword="null"/> (at sign-out) makes later calls fail until it is set again.</remarks>
public sealed class FixedCognitoSessionAccessor : ICognitoSessionAccessor
{
    private CognitoSession? _session;

    /// <summary>Creates the accessor with no session yet.</summary>
    public FixedCognitoSessionAccessor()
    {
    }

    /// <summary>Creates the accessor holding <paramref name="session"/>.</summary>
    /// <param name="session">The signed-in session.</param>
    public FixedCognitoSessionAccessor(CognitoSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
    }

    /// <summary>The session whose tokens are sent; <see langword="null"/> before sign-in or after sign-out.</summary>
    public CognitoSession? Session
    {
        get => Volatile.Read(ref _session);
        set => Volatile.Write(ref _session, value);
    }

    /// <inheritdoc />
    public ValueTask<CognitoSession?> GetSessionAsync(CancellationToken cancellationToken = default) => new(Session);

    /// <inheritdoc />
    public override string ToString() => $"FixedCognitoSessionAccessor {{ Session = {Session?.ToString() ?? "none"} }}";
}
