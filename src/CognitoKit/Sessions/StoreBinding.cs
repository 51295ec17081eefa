using CognitoKit.Tokens;
using Microsoft.Extensions.Logging;

namespace CognitoKit.Sessions;

/// <summary>Keeps one store entry, and this process's live session of its key, in step with the session bound to the key.</summary>
/// <remarks>
/// Store failures are logged, never thrown: the refresh itself succeeded and its callers should get their tokens.
/// Both checks below read before they write, so a racing <c>RemoveAsync</c> can still lose to a refresh in a store
/// without transactions; that window is one store round trip wide.
/// </remarks>
internal sealed class StoreBinding : ISessionObserver
{
    private readonly ICognitoSessionStore _store;
    private readonly string _key;
    private readonly ILogger _logger;
    private readonly LiveSessions _live;
    private readonly ICognitoSessionRefreshCoordinator? _coordinator;

    public StoreBinding(ICognitoSessionStore store, string key, ILogger logger, LiveSessions live, ICognitoSessionRefreshCoordinator? coordinator = null)
    {
        _store = store;
        _key = key;
        _logger = logger;
        _live = live;
        _coordinator = coordinator;
    }

    public async Task<(CognitoTokens Tokens, bool Stored)> RefreshAsync(CognitoSession session, CognitoTokens current, Func<CognitoTokens, Task<CognitoTokens>> refresh)
    {
        if (_coordinator is null)
        {
            return (await refresh(current).ConfigureAwait(false), false);
        }

        // The refresh may run from a newer snapshot than this process holds (another server's rotated refresh token).
        CognitoSessionSnapshot fresh = await _coordinator.RefreshAsync(
            _key,
            CognitoSessionSnapshot.From(session.Username, session.DeviceKey, current),
            async (from, _) => CognitoSessionSnapshot.From(session.Username, session.DeviceKey, await refresh(from.ToTokens()).ConfigureAwait(false)),
            CancellationToken.None).ConfigureAwait(false);
        return (fresh.ToTokens(), true);
    }

    public async Task TokensRefreshedAsync(CognitoSession session, CognitoTokens tokens, bool stored)
    {
        if (stored)
        {
            _live.Stored(_key, session, tokens);
            return;
        }

        try
        {
            // An entry removed meanwhile (sign-out) must stay removed.
            if (await _store.GetAsync(_key, CancellationToken.None).ConfigureAwait(false) is null)
            {
                _live.Remove(_key, session);
                SessionsLog.NotResaved(_logger, _key);
                return;
            }

            await _store.SetAsync(_key, CognitoSessionSnapshot.From(session.Username, session.DeviceKey, tokens), CancellationToken.None)
                .ConfigureAwait(false);
            _live.Stored(_key, session, tokens);
        }
        catch (Exception ex)
        {
            SessionsLog.SaveAfterRefreshFailed(_logger, _key, ex.GetType().Name, ex);
        }
    }

    public async Task SessionEndedAsync(CognitoSession session, CognitoTokens lastTokens)
    {
        _live.Remove(_key, session);
        try
        {
            // Only drop the entry if it still holds the dead sign-in, not a newer one saved under the same key.
            CognitoSessionSnapshot? stored = await _store.GetAsync(_key, CancellationToken.None).ConfigureAwait(false);
            if (stored is not null && string.Equals(stored.RefreshToken, lastTokens.RefreshToken, StringComparison.Ordinal))
            {
                await _store.RemoveAsync(_key, CancellationToken.None).ConfigureAwait(false);
                SessionsLog.RemovedEnded(_logger, _key);
            }
        }
        catch (Exception ex)
        {
            SessionsLog.RemoveAfterEndFailed(_logger, _key, ex.GetType().Name, ex);
        }
    }

    public override string ToString() => $"StoreBinding {{ Key = {_key} }}";
}
