using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Tokens;

/// <summary>Who a set of tokens is for and when, read once so the ID and access tokens agree (one <c>event_id</c>, one <c>iat</c>).</summary>
internal sealed record TokenSubject(
    string PoolId, UserPoolClient Client, User User, SignInGrant Grant, string Issuer, DateTimeOffset Now, string EventId, GroupClaims GroupClaims, Dictionary<string, string> Attributes)
{
    /// <summary>The user's groups in token order (<c>cognito:groups</c>).</summary>
    public string[] Groups => GroupClaims.Groups;

    /// <summary>The issue time in seconds (<c>iat</c>).</summary>
    public long Iat => Now.ToUnixTimeSeconds();

    /// <summary>Reads the user under the pool lock, marks the grant's origin active, and the device signing in (if any) as used now.</summary>
    public static TokenSubject Read(EmulatorState state, UserPool pool, UserPoolClient client, User user, SignInGrant grant, string? signedInDevice)
    {
        var now = state.Now;
        GroupClaims groups;
        Dictionary<string, string> attributes;
        lock (pool.Gate)
        {
            user.ActiveOrigins.Add(grant.OriginJti);
            state.RefreshTokens.Track(grant.OriginJti, pool.Id, user.Sub, now + (client.AccessTokenValidity > client.IdTokenValidity ? client.AccessTokenValidity : client.IdTokenValidity));
            groups = GroupClaims.Of(pool, user);
            attributes = new Dictionary<string, string>(user.Attributes, StringComparer.Ordinal);
            if (signedInDevice is not null && user.Devices.TryGetValue(signedInDevice, out var device))
            {
                device.LastAuthenticatedDate = now;
            }
        }

        return new TokenSubject(pool.Id, client, user, grant, state.TokenIssuerFor(pool), now, Guid.NewGuid().ToString(), groups, attributes);
    }
}
