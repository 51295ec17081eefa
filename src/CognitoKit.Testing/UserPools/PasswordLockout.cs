using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary>
/// Cognito's temporary lockout after failed password sign-ins, as documented: five failures are free; after the
/// n-th failure (n ≥ 5) the login is locked for 2^(n-5) seconds, at most about 15 minutes. Attempts while locked
/// answer NotAuthorizedException "Password attempts exceeded" and do not lengthen the next lockout. A correct
/// password, or 15 quiet minutes after a lockout, starts over. Thread-safe, so callers need not hold the pool lock.
/// </summary>
internal sealed class PasswordLockout
{
    public const string AttemptsExceeded = "Password attempts exceeded";
    public const int FreeFailures = 5;
    public static readonly TimeSpan MaxLockout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan QuietReset = TimeSpan.FromMinutes(15);
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The key of a real user: the sub, so a deleted and re-created user name starts clean.</summary>
    public static string KeyFor(User user) => "sub:" + user.Sub;

    /// <summary>The key of a login that matches no user, so unknown names lock out exactly like real ones.</summary>
    public static string KeyForUnknown(UserPool pool, string login) => "login:" + (pool.CaseSensitive ? login : login.ToUpperInvariant());

    /// <summary>Throws "Password attempts exceeded" while the key is locked out; every call counts as sign-in activity.</summary>
    public void EnsureNotLockedOut(string key, DateTimeOffset now)
    {
        lock (entries)
        {
            if (!entries.TryGetValue(key, out var entry))
            {
                return;
            }

            if (entry.Failures >= FreeFailures && now - entry.LastAttempt >= QuietReset)
            {
                entries.Remove(key);
                return;
            }

            entry.LastAttempt = now;
            if (now < entry.LockedUntil)
            {
                throw AwsServiceException.NotAuthorized(AttemptsExceeded);
            }
        }
    }

    public void RecordFailure(string key, DateTimeOffset now)
    {
        lock (entries)
        {
            if (!entries.TryGetValue(key, out var entry))
            {
                entry = new Entry();
                entries[key] = entry;
            }

            entry.Failures++;
            entry.LastAttempt = now;
            if (entry.Failures >= FreeFailures)
            {
                entry.LockedUntil = now + Duration(entry.Failures);
            }
        }
    }

    public void RecordSuccess(string key)
    {
        lock (entries)
        {
            entries.Remove(key);
        }
    }

    private static TimeSpan Duration(int failures)
    {
        var exponent = failures - FreeFailures;
        return exponent >= 10 ? MaxLockout : TimeSpan.FromSeconds(Math.Min(1 << exponent, MaxLockout.TotalSeconds));
    }

    private sealed class Entry
    {
        public int Failures { get; set; }

        public DateTimeOffset LockedUntil { get; set; }

        public DateTimeOffset LastAttempt { get; set; }
    }
}
