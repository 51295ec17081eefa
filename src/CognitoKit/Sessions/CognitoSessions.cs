using CognitoKit.Tokens;
using Microsoft.Extensions.Logging;

namespace CognitoKit.Sessions;

/// <summary>
/// The <see cref="ICognitoSessions"/> behind <c>cognito.Sessions</c>: the store, plus one live session per key in this
/// process, bound to its key, so concurrent requests of one user share one refresh.
/// </summary>
internal sealed class CognitoSessions : ICognitoSessions
{
    private readonly ICognitoSessionStore _store;
    private readonly CognitoSessionFactory _factory;
    private readonly ILogger _logger;
    private readonly LiveSessions _live = new();
    private readonly Func<CognitoSessionSnapshot, CognitoSession> _restore;
    private readonly Action<string, CognitoSession> _bind;
    private readonly ICognitoSessionRefreshCoordinator? _coordinator;

    public CognitoSessions(ICognitoSessionStore store, CognitoSessionFactory factory, ILogger logger, ICognitoSessionRefreshCoordinator? coordinator = null)
    {
        _store = store;
        _coordinator = coordinator;
        _factory = factory;
        _logger = logger;
        _restore = factory.Restore;
        _bind = Bind;
    }

    /// <summary>
    /// Put before every key the caller gives, in the store and among the live sessions: empty for the default
    /// instance, <c>{name}/</c> for a named one, so instances sharing one store never read each other's entries.
    /// </summary>
    public string KeyPrefix { get; init; } = string.Empty;

    /// <summary>The live sessions of this process, per key.</summary>
    internal LiveSessions Live => _live;

    public async Task SaveAsync(string key, CognitoSession session, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(session);
        if (session.IsEnded)
        {
            throw new ArgumentException("The session has ended and cannot be saved: sign in again.", nameof(session));
        }

        _factory.ThrowIfOfAnotherPool(session.Tokens.IdToken, session.Tokens.AccessToken, nameof(session));
        key = KeyPrefix + key;
        await _store.SetAsync(key, session.ToSnapshot(), cancellationToken).ConfigureAwait(false);
        Bind(key, session);
        _live.Set(key, session);
    }

    public async Task<CognitoSession?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        key = KeyPrefix + key;

        // The store is read every time: another server may have removed the entry or saved a newer sign-in.
        CognitoSessionSnapshot? snapshot = await _store.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            _live.Remove(key);
            return null;
        }

        return _live.GetOrRestore(key, snapshot, _restore, _bind);
    }

    public async Task RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        key = KeyPrefix + key;
        await _store.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
        _live.Remove(key);
    }

    public CognitoSession Restore(CognitoSessionSnapshot snapshot) => _factory.Restore(snapshot);

    public override string ToString() => $"CognitoSessions {{ Store = {_store.GetType().Name}, Live = {_live.Count} }}";

    private void Bind(string key, CognitoSession session) => session.Observe(new StoreBinding(_store, key, _logger, _live, _coordinator));
}
