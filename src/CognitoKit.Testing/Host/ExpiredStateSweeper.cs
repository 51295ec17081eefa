using CognitoKit.Testing.IdentityPools;
using CognitoKit.Testing.OAuth;
using CognitoKit.Testing.SocialProviders;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Host;

/// <summary>
/// Forgets what has expired, so an emulator that runs for days holds what is live and no more: refresh tokens and
/// sign-ins, challenge and sign-up sessions, one-time codes, passkey registrations, hosted-domain authorizations and codes,
/// stand-in social tokens and STS credentials. It runs on the emulator's clock (a timer every <see cref="Interval"/>,
/// which a fake clock fires as it is advanced) and on access, when a request finds the last sweep an interval old.
/// </summary>
/// <remarks>
/// Things that answer differently once expired ("Refresh Token has expired", "session is expired") are kept for
/// <see cref="Retention"/> after they expire, so a client still hears why; codes and passkey challenges answer
/// the same whether expired or gone, and go at once.
/// </remarks>
internal sealed class ExpiredStateSweeper : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private readonly EmulatorState state;
    private readonly ITimer timer;
    private long lastSweepTicks;
    private int sweeping;

    public ExpiredStateSweeper(EmulatorState state)
    {
        this.state = state;
        lastSweepTicks = state.Now.UtcTicks;
        timer = state.Clock.CreateTimer(_ => SweepFromTimer(), null, Interval, Interval);
    }

    /// <summary>Sweeps if the last sweep is an <see cref="Interval"/> old on the emulator's clock; cheap otherwise.</summary>
    public void SweepIfDue()
    {
        if (state.Now.UtcTicks - Interlocked.Read(ref lastSweepTicks) >= Interval.Ticks)
        {
            Sweep();
        }
    }

    /// <summary>One pass over every store. Concurrent calls do not queue: one sweeps, the others return.</summary>
    public void Sweep()
    {
        if (Interlocked.Exchange(ref sweeping, 1) == 1)
        {
            return;
        }

        try
        {
            var now = state.Now;
            Interlocked.Exchange(ref lastSweepTicks, now.UtcTicks);
            state.AuthSessions.Purge(now, Retention);
            var forgotten = state.RefreshTokens.Purge(now, Retention);
            foreach (var pool in state.UserPools.All)
            {
                PurgeUsers(pool, now, forgotten.Where(f => f.PoolId == pool.Id).ToList());
            }

            PurgeDomain(OAuthDomain.For(state), now);
            var social = SocialProviderStore.For(state);
            foreach (var (token, issued) in social.OpaqueTokens)
            {
                if (now >= issued.Expiration + Retention)
                {
                    social.OpaqueTokens.TryRemove(token, out _);
                }
            }

            IdentityStore.For(state).Credentials.Purge(now, Retention);
        }
        finally
        {
            Volatile.Write(ref sweeping, 0);
        }
    }

    public void Dispose() => timer.Dispose();

    private void SweepFromTimer()
    {
        try
        {
            Sweep();
        }
        catch (Exception)
        {
            // A timer callback that throws would end the process, and with it every test in it: the next sweep retries.
        }
    }

    /// <summary>Expired codes and passkey registrations, and the sign-ins whose tokens have all expired.</summary>
    private static void PurgeUsers(UserPool pool, DateTimeOffset now, List<(string OriginJti, string? PoolId, string? Sub)> forgotten)
    {
        lock (pool.Gate)
        {
            foreach (var user in pool.Users.Values)
            {
                if (user.SignUpCode is { } signUp && now >= signUp.ExpiresAt)
                {
                    user.SignUpCode = null;
                }

                if (user.ResetCode is { } reset && now >= reset.ExpiresAt)
                {
                    user.ResetCode = null;
                }

                foreach (var (attribute, code) in user.AttributeCodes)
                {
                    if (now >= code.ExpiresAt)
                    {
                        user.AttributeCodes.Remove(attribute);
                    }
                }

                if (user.PendingPasskey is { } passkey && now >= passkey.ExpiresAt)
                {
                    user.PendingPasskey = null;
                }
            }

            foreach (var (origin, _, sub) in forgotten)
            {
                if (sub is not null && pool.UsersBySub.TryGetValue(sub, out var user))
                {
                    user.ActiveOrigins.Remove(origin);
                }
            }
        }
    }

    private void PurgeDomain(OAuthDomain domain, DateTimeOffset now)
    {
        foreach (var (id, pending) in domain.Pending)
        {
            if (now >= pending.ExpiresAt)
            {
                domain.Pending.TryRemove(id, out _);
            }
        }

        foreach (var (code, issued) in domain.Codes)
        {
            if (now >= issued.ExpiresAt)
            {
                domain.Codes.TryRemove(code, out _);
            }
        }

        foreach (var token in domain.RefreshScopes.Keys)
        {
            if (state.RefreshTokens.Find(token) is null)
            {
                domain.RefreshScopes.TryRemove(token, out _);
            }
        }
    }
}
