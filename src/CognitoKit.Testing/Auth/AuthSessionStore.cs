using System.Collections.Concurrent;
using System.Security.Cryptography;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.Auth;

/// <summary>Challenge sessions: opaque ids, single use, expiring after the client's AuthSessionValidity. Thread-safe.</summary>
internal sealed class AuthSessionStore
{
    private readonly ConcurrentDictionary<string, AuthSession> sessions = new(StringComparer.Ordinal);

    /// <summary>The sessions held, expired ones included until they are purged.</summary>
    public int Count => sessions.Count;

    public string Store(AuthSession session)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(96)).Replace('+', '-').Replace('/', '_');
        sessions[id] = session;
        return id;
    }

    /// <summary>Puts a session back under its id, for a code challenge the user may retry.</summary>
    public void Restore(string id, AuthSession session) => sessions[id] = session;

    /// <summary>Removes and returns the session: a session answers one request only.</summary>
    public AuthSession Take(string? id, string clientId, DateTimeOffset now)
    {
        var session = TakeAny(id, now);
        return session.ClientId == clientId ? session : throw AwsServiceException.NotAuthorized("Invalid session for the user.");
    }

    /// <summary>Like <see cref="Take"/>, for operations that carry no ClientId (AssociateSoftwareToken, VerifySoftwareToken).</summary>
    public AuthSession TakeAny(string? id, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(id) || !sessions.TryRemove(id, out var session))
        {
            throw AwsServiceException.NotAuthorized("Invalid session for the user.");
        }

        if (now >= session.ExpiresAt)
        {
            throw AwsServiceException.NotAuthorized("Invalid session for the user, session is expired.");
        }

        return session;
    }

    /// <summary>Forgets sessions that expired more than <paramref name="retention"/> ago (until then they answer "session is expired").</summary>
    public void Purge(DateTimeOffset now, TimeSpan retention)
    {
        foreach (var (id, session) in sessions)
        {
            if (now >= session.ExpiresAt + retention)
            {
                sessions.TryRemove(id, out _);
            }
        }
    }
}
