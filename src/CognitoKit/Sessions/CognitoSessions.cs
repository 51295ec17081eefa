using CognitoKit.Tokens;
using Microsoft.Extensions.Logging;

namespace CognitoKit.Sessions;

/// <summary>The <see cref="ICognitoSessions"/> behind <c>cognito.Sessions</c>: the store, plus binding live sessions to their keys.</summary>
internal sealed class CognitoSessions : ICognitoSessions
{
    private readonly ICognitoSessionStore _store;
    private readonly CognitoSessionFactory _factory;
    private readonly ILogger _logger;

    public CognitoSessions(ICognitoSessionStore store, CognitoSessionFactory factory, ILogger logger)
    {
        _store = store;
        _factory = factory;
        _logger = logger;
    }

    public async Task SaveAsync(string key, CognitoSession session, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(session);
        if (session.IsEnded)
        {
            throw new ArgumentException("The session has ended and cannot be saved: sign in again.", nameof(session));
        }

        await _store.SetAsync(key, session.ToSnapshot(), cancellationToken).ConfigureAwait(false);
        session.Observe(new StoreBinding(_store, key, _logger));
    }

    public async Task<CognitoSession?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        CognitoSessionSnapshot? snapshot = await _store.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            return null;
        }

        CognitoSession session = _factory.Restore(snapshot);
        session.Observe(new StoreBinding(_store, key, _logger));
        return session;
    }

    public Task RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return _store.RemoveAsync(key, cancellationToken);
    }

    public CognitoSession Restore(CognitoSessionSnapshot snapshot) => _factory.Restore(snapshot);

    public override string ToString() => $"CognitoSessions {{ Store = {_store.GetType().Name} }}";
}
