using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Tokens;

/// <summary>Refresh tokens (opaque random strings) and the revoked sign-ins (<c>origin_jti</c>). Thread-safe.</summary>
internal sealed class RefreshTokenStore
{
    private readonly ConcurrentDictionary<string, RefreshSession> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> revokedOrigins = new(StringComparer.Ordinal);

    public string Add(RefreshSession session)
    {
        // Five dot-separated parts like Cognito's encrypted tokens, but nothing inside: clients must treat it as opaque.
        var token = string.Join('.', Enumerable.Range(0, 5).Select(i => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(i == 3 ? 96 : 24))));
        sessions[token] = session;
        return token;
    }

    /// <summary>Every refresh token with what it stands for (a data directory keeps them).</summary>
    public IEnumerable<KeyValuePair<string, RefreshSession>> Entries => sessions;

    /// <summary>Every revoked sign-in (<c>origin_jti</c>).</summary>
    public IEnumerable<string> RevokedOrigins => revokedOrigins.Keys;

    /// <summary>Puts back a refresh token a data directory kept.</summary>
    public void Restore(string token, RefreshSession session) => sessions[token] = session;

    /// <summary>Puts back a revoked sign-in a data directory kept.</summary>
    public void RestoreRevokedOrigin(string originJti) => revokedOrigins[originJti] = true;

    public RefreshSession? Find(string token) => sessions.GetValueOrDefault(token);

    public void RevokeOrigin(string originJti)
    {
        revokedOrigins[originJti] = true;
        foreach (var session in sessions.Values.Where(s => s.OriginJti == originJti))
        {
            session.Revoked = true;
        }
    }

    public bool IsRevoked(string originJti) => revokedOrigins.ContainsKey(originJti);
}
