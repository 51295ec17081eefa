using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.IdentityPools;

/// <summary>
/// The identity flow: GetId, GetCredentialsForIdentity, GetOpenIdToken, plus DescribeIdentity and ListIdentities.
/// One identity per user per pool; a guest identity that later brings a login is linked to it, or merged into the
/// user's identity when the user already has one.
/// </summary>
internal static class IdentityOperations
{
    /// <summary>The session name Cognito uses when it assumes a pool's role for an identity.</summary>
    public const string SessionName = "CognitoIdentityCredentials";

    public static readonly TimeSpan CredentialLifetime = TimeSpan.FromHours(1);

    private const string GuestsRefused = "Unauthenticated access is not supported for this identity pool.";

    public static void Register(EmulatorState state, IdentityStore store, Dictionary<string, AwsJsonOperation> ops)
    {
        ops["GetId"] = r => new(GetId(state, store, r));
        ops["GetCredentialsForIdentity"] = r => new(GetCredentials(state, store, r));
        ops["GetOpenIdToken"] = r =>
        {
            var (identity, _) = Resolve(state, store, r);
            lock (store.Gate)
            {
                return new(new JsonObject { ["IdentityId"] = identity.Id, ["Token"] = OpenIdTokens.Issue(state, store, identity) });
            }
        };
        ops["DescribeIdentity"] = r =>
        {
            lock (store.Gate)
            {
                return new(Describe(store.GetIdentity(r.RequiredString("IdentityId"))));
            }
        };
        ops["ListIdentities"] = r => new(List(store, r));
    }

    private static JsonObject GetId(EmulatorState state, IdentityStore store, AwsJsonRequest r)
    {
        var poolId = r.RequiredString("IdentityPoolId");
        var logins = r.StringMap("Logins");
        IdentityPool pool;
        lock (store.Gate)
        {
            pool = store.GetPool(poolId);
            if (logins.Count == 0)
            {
                // Cognito makes a new guest identity on every GetId without logins; the app is expected to keep it.
                return pool.AllowUnauthenticatedIdentities
                    ? new JsonObject { ["IdentityId"] = store.NewIdentity(pool, state.Now).Id }
                    : throw IdentityErrors.NotAuthorized(GuestsRefused);
            }
        }

        var verified = Verify(state, pool, logins).ConvertAll(c => c.Login);
        lock (store.Gate)
        {
            var identity = FindLinked(store, pool.Id, verified) ?? store.NewIdentity(pool, state.Now);
            foreach (var login in verified)
            {
                store.Link(identity, login, state.Now);
            }

            return new JsonObject { ["IdentityId"] = identity.Id };
        }
    }

    private static JsonObject GetCredentials(EmulatorState state, IdentityStore store, AwsJsonRequest r)
    {
        var (identity, logins) = Resolve(state, store, r);
        string roleArn;
        lock (store.Gate)
        {
            var pool = store.GetPool(identity.PoolId);
            var custom = r.OptionalString("CustomRoleArn");

            // The pool's role mappings choose among roles for a signed-in identity; without one, the authenticated role.
            roleArn = identity.IsAuthenticated
                ? RoleMappingRules.Choose(state, pool, logins, custom)
                : RoleMappingRules.Granted(pool.Roles.GetValueOrDefault("unauthenticated") ?? throw IdentityErrors.InvalidConfiguration(), custom);
        }

        var credentials = store.Credentials.Issue(roleArn, SessionName, identity.Id, state.Now + CredentialLifetime);
        return new JsonObject
        {
            ["IdentityId"] = identity.Id,
            ["Credentials"] = new JsonObject
            {
                ["AccessKeyId"] = credentials.AccessKeyId,
                ["SecretKey"] = credentials.SecretKey,
                ["SessionToken"] = credentials.SessionToken,
                ["Expiration"] = credentials.Expiration.ToUnixTimeSeconds(),
            },
        };
    }

    /// <summary>The identity a request acts for, after checking its logins and linking or merging a guest; and the logins.</summary>
    private static (Identity Identity, List<CheckedLogin> Logins) Resolve(EmulatorState state, IdentityStore store, AwsJsonRequest r)
    {
        var identityId = r.RequiredString("IdentityId");
        var logins = r.StringMap("Logins");
        Identity identity;
        IdentityPool pool;
        lock (store.Gate)
        {
            identity = store.GetIdentity(identityId);
            pool = store.GetPool(identity.PoolId);
            if (logins.Count == 0)
            {
                if (identity.IsAuthenticated)
                {
                    throw IdentityErrors.NotAuthorized(IdentityErrors.LoginsDoNotMatch);
                }

                return pool.AllowUnauthenticatedIdentities ? (identity, []) : throw IdentityErrors.NotAuthorized(GuestsRefused);
            }
        }

        var checkedLogins = Verify(state, pool, logins);
        var verified = checkedLogins.ConvertAll(c => c.Login);
        lock (store.Gate)
        {
            identity = store.GetIdentity(identityId);
            var linked = FindLinked(store, pool.Id, verified);
            if (linked is not null && linked.Id != identity.Id)
            {
                if (identity.IsAuthenticated)
                {
                    throw IdentityErrors.NotAuthorized(IdentityErrors.LoginsDoNotMatch);
                }

                // The user already has an identity: the guest's history is carried into it and the guest id points there.
                identity.MergedInto = linked.Id;
                identity = linked;
            }
            else if (verified.Any(v => identity.Logins.TryGetValue(v.ProviderKey, out var existing) && existing.Subject != v.Subject))
            {
                throw IdentityErrors.NotAuthorized(IdentityErrors.LoginsDoNotMatch);
            }

            foreach (var login in verified)
            {
                store.Link(identity, login, state.Now);
            }

            return (identity, checkedLogins);
        }
    }

    private static List<CheckedLogin> Verify(EmulatorState state, IdentityPool pool, IReadOnlyDictionary<string, string> logins) =>
        [.. logins.Select(l => Check(state, pool, l.Key, l.Value))];

    // The claims are read only after the token passed every check of its provider.
    private static CheckedLogin Check(EmulatorState state, IdentityPool pool, string providerName, string token)
    {
        var login = LoginTokenValidator.Validate(state, pool, providerName, token);
        var jwt = JwtParts.TryParse(token);
        var clientId = ProviderNames.UserPoolIdOf(state, providerName) is not null ? jwt?.Audiences().FirstOrDefault() : null;
        return new CheckedLogin(login, jwt?.Claims, clientId);
    }

    /// <summary>The identity already linked to one of these logins. Call under the store's lock.</summary>
    private static Identity? FindLinked(IdentityStore store, string poolId, List<VerifiedLogin> logins)
    {
        var ids = logins
            .Select(l => store.ByLogin.GetValueOrDefault((poolId, l.ProviderKey, l.Subject)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return ids.Count switch
        {
            0 => null,
            1 => store.Identities[ids[0]],
            _ => throw IdentityErrors.ResourceConflict("The logins belong to different identities."),
        };
    }

    private static JsonObject Describe(Identity identity) => new()
    {
        ["IdentityId"] = identity.Id,
        ["Logins"] = new JsonArray([.. identity.Logins.Values.Select(l => (JsonNode)l.ProviderName)]),
        ["CreationDate"] = Wire.Time(identity.CreationDate),
        ["LastModifiedDate"] = Wire.Time(identity.LastModifiedDate),
    };

    private static JsonObject List(IdentityStore store, AwsJsonRequest r)
    {
        var max = (int)Math.Clamp(r.OptionalLong("MaxResults") ?? 60, 1, 60);
        var start = int.TryParse(r.OptionalString("NextToken"), out var s) ? s : 0;
        lock (store.Gate)
        {
            var pool = store.GetPool(r.RequiredString("IdentityPoolId"));
            var all = store.Identities.Values
                .Where(i => i.PoolId == pool.Id && i.MergedInto is null)
                .OrderBy(i => i.CreationDate)
                .ThenBy(i => i.Id, StringComparer.Ordinal)
                .ToList();
            var page = all.Skip(start).Take(max).ToList();
            var result = new JsonObject
            {
                ["IdentityPoolId"] = pool.Id,
                ["Identities"] = new JsonArray([.. page.Select(i => (JsonNode)Describe(i))]),
            };
            if (start + page.Count < all.Count)
            {
                result["NextToken"] = (start + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return result;
        }
    }
}
