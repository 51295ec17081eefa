using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Tokens;

/// <summary>
/// Refresh tokens (opaque random strings) and the sign-ins (<c>origin_jti</c>) they and the JWTs belong to, revoked or
/// not. Thread-safe. Both are forgotten once nothing issued for them can be used any more (<see cref="Purge"/>).
/// </summary>
internal sealed class RefreshTokenStore
{
    private readonly ConcurrentDictionary<string, RefreshSession> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SignInLifetime> origins = new(StringComparer.Ordinal);

    /// <summary>The refresh tokens held, expired ones included until they are purged.</summary>
    public int SessionCount => sessions.Count;

    /// <summary>The sign-ins tracked (live, or revoked with tokens not yet expired).</summary>
    public int OriginCount => origins.Count;

    public string Add(RefreshSession session)
    {
        // Five dot-separated parts like Cognito's encrypted tokens, but nothing inside: clients must treat it as opaque.
        var token = string.Join('.', Enumerable.Range(0, 5).Select(i => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(i == 3 ? 96 : 24))));
        sessions[token] = session;
        Track(session.OriginJti, session.PoolId, session.Sub, session.ExpiresAt);
        return token;
    }

    /// <summary>Every refresh token with what it stands for (a data directory keeps them).</summary>
    public IEnumerable<KeyValuePair<string, RefreshSession>> Entries => sessions;

    /// <summary>Every revoked sign-in (<c>origin_jti</c>), with how long it must stay refused.</summary>
    public IEnumerable<KeyValuePair<string, DateTimeOffset>> RevokedOrigins =>
        origins.Where(o => o.Value.Revoked).Select(o => new KeyValuePair<string, DateTimeOffset>(o.Key, o.Value.UsableUntil));

    /// <summary>Puts back a refresh token a data directory kept.</summary>
    public void Restore(string token, RefreshSession session) => sessions[token] = session;

    /// <summary>Puts back a revoked sign-in a data directory kept, refused until <paramref name="until"/>.</summary>
    public void RestoreRevokedOrigin(string originJti, DateTimeOffset until) =>
        origins.GetOrAdd(originJti, _ => new SignInLifetime(null, null)).Revoke(until);

    public RefreshSession? Find(string token) => sessions.GetValueOrDefault(token);

    /// <summary>Notes that tokens of the sign-in <paramref name="originJti"/> are valid until <paramref name="usableUntil"/> at the latest.</summary>
    public void Track(string originJti, string poolId, string sub, DateTimeOffset usableUntil)
    {
        var lifetime = origins.GetOrAdd(originJti, _ => new SignInLifetime(poolId, sub));
        lifetime.Extend(usableUntil);
    }

    /// <summary>
    /// Ends a sign-in. Its refresh tokens stop working at once, so it is remembered (and its refresh tokens answer
    /// "has been revoked") for as long as an access or ID token issued before could still be presented: a day, the longest
    /// Cognito lets one live.
    /// </summary>
    public void RevokeOrigin(string originJti, DateTimeOffset now)
    {
        var lifetime = origins.GetOrAdd(originJti, _ => new SignInLifetime(null, null));
        lifetime.Revoke(now + SignInLifetime.LongestJwtLifetime);
        foreach (var session in sessions.Values.Where(s => s.OriginJti == originJti))
        {
            session.Revoked = true;
        }
    }

    public bool IsRevoked(string originJti) => origins.TryGetValue(originJti, out var lifetime) && lifetime.Revoked;

    /// <summary>
    /// Forgets refresh tokens and sign-ins that expired more than <paramref name="retention"/> before <paramref name="now"/>
    /// (until then an expired token still answers "has expired"). Returns the sign-ins forgotten, so their users can drop them too.
    /// </summary>
    /// <remarks>The refresh tokens of a revoked sign-in go with it, even if they were issued to last longer.</remarks>
    public IReadOnlyList<(string OriginJti, string? PoolId, string? Sub)> Purge(DateTimeOffset now, TimeSpan retention)
    {
        var forgotten = new List<(string, string?, string?)>();
        foreach (var (origin, lifetime) in origins)
        {
            if (now >= lifetime.UsableUntil + retention && origins.TryRemove(origin, out _))
            {
                forgotten.Add((origin, lifetime.PoolId, lifetime.Sub));
            }
        }

        foreach (var (token, session) in sessions)
        {
            if (now >= session.ExpiresAt + retention || (session.Revoked && !origins.ContainsKey(session.OriginJti)))
            {
                sessions.TryRemove(token, out _);
            }
        }

        return forgotten;
    }

    /// <summary>One sign-in: whose it is, how long its tokens can be used, and whether it was revoked.</summary>
    private sealed class SignInLifetime(string? poolId, string? sub)
    {
        /// <summary>Cognito's longest access and ID token validity.</summary>
        public static readonly TimeSpan LongestJwtLifetime = TimeSpan.FromDays(1);

        private long usableUntilTicks = DateTimeOffset.MinValue.UtcTicks;

        public string? PoolId { get; } = poolId;

        public string? Sub { get; } = sub;

        public bool Revoked { get; private set; }

        public DateTimeOffset UsableUntil => new(Interlocked.Read(ref usableUntilTicks), TimeSpan.Zero);

        /// <summary>Marks the sign-in revoked; from now on only tokens issued before matter, and none outlives <paramref name="until"/>.</summary>
        public void Revoke(DateTimeOffset until)
        {
            Revoked = true;
            Interlocked.Exchange(ref usableUntilTicks, until.UtcTicks);
        }

        public void Extend(DateTimeOffset until)
        {
            var ticks = until.UtcTicks;
            long seen;
            while ((seen = Interlocked.Read(ref usableUntilTicks)) < ticks && Interlocked.CompareExchange(ref usableUntilTicks, ticks, seen) != seen)
            {
            }
        }
    }
}
