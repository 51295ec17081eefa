using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Tokens;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Triggers;

/// <summary>
/// The pre token generation trigger applied to a token pair: V1 changes the ID token's claims, V2 also the access token's
/// claims and scopes; both may replace groups and roles. Claims Cognito owns (identity, time, audience, token type and
/// the like) are left as they are, whatever the answer says.
/// </summary>
internal static class TokenCustomization
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "acr", "amr", "at_hash", "aud", "auth_time", "azp", "c_hash", "client_id", "cognito:username", "device_key", "event_id",
        "exp", "iat", "identities", "iss", "jti", "nbf", "nonce", "origin_jti", "scope", "sub", "token_use", "username", "version",
        "cognito:groups", "cognito:roles", "cognito:preferred_role",
    };

    public static void Apply(
        EmulatorState state, UserPool pool, TokenSubject subject, Dictionary<string, object>? id, Dictionary<string, object> access, string triggerSource, IReadOnlyDictionary<string, string>? clientMetadata)
    {
        if (!TriggerRunner.Has(state, pool, pool.Triggers.PreTokenGeneration, "PreTokenGeneration"))
        {
            return;
        }

        var version = TriggerRunner.PreTokenVersion(pool);
        var scopes = ((string)access["scope"]).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        List<string> roles;
        Dictionary<string, string> attributes;
        lock (pool.Gate)
        {
            roles = [.. subject.Groups.Select(g => pool.Groups.GetValueOrDefault(g)?["RoleArn"]?.GetValue<string>()).OfType<string>()];
            attributes = TriggerRunner.AttributesOf(subject.User);
        }

        var triggerEvent = new PreTokenGenerationEvent
        {
            Version = version == PreTokenGenerationVersion.V2 ? "2" : "1",
            TriggerSource = triggerSource,
            UserName = subject.User.Username,
            Request = new PreTokenGenerationRequest
            {
                UserAttributes = attributes,
                GroupConfiguration = new TriggerGroupConfiguration { GroupsToOverride = [.. subject.Groups], IamRolesToOverride = roles },
                Scopes = version == PreTokenGenerationVersion.V2 ? scopes : null,
                ClientMetadata = TriggerRunner.Metadata(clientMetadata),
            },
        };
        TriggerRunner.Run(state, pool, pool.Triggers.PreTokenGeneration, "PreTokenGeneration", triggerEvent, subject.Client.ClientId);
        if (version == PreTokenGenerationVersion.V1)
        {
            if (triggerEvent.Response.ClaimsOverrideDetails is { } v1)
            {
                Edit(id, v1.ClaimsToAddOrOverride, v1.ClaimsToSuppress, stringsOnly: true);
                SetGroups(id, v1.GroupOverrideDetails);
                SetGroups(access, v1.GroupOverrideDetails);
            }

            return;
        }

        if (triggerEvent.Response.ClaimsAndScopeOverrideDetails is not { } v2)
        {
            return;
        }

        Edit(id, v2.IdTokenGeneration?.ClaimsToAddOrOverride, v2.IdTokenGeneration?.ClaimsToSuppress, stringsOnly: false);
        Edit(access, v2.AccessTokenGeneration?.ClaimsToAddOrOverride, v2.AccessTokenGeneration?.ClaimsToSuppress, stringsOnly: false);
        if (v2.AccessTokenGeneration is { } accessChanges)
        {
            var suppressed = new HashSet<string>(accessChanges.ScopesToSuppress ?? [], StringComparer.Ordinal);
            var granted = scopes.Where(s => !suppressed.Contains(s)).ToList();
            granted.AddRange((accessChanges.ScopesToAdd ?? []).Where(s => s.Length > 0 && !granted.Contains(s, StringComparer.Ordinal)));
            access["scope"] = string.Join(' ', granted);
        }

        SetGroups(id, v2.GroupOverrideDetails);
        SetGroups(access, v2.GroupOverrideDetails);
    }

    private static void Edit(Dictionary<string, object>? claims, Dictionary<string, JsonNode?>? add, List<string>? suppress, bool stringsOnly)
    {
        if (claims is null)
        {
            return;
        }

        foreach (var name in (suppress ?? []).Where(n => !Reserved.Contains(n)))
        {
            claims.Remove(name);
        }

        foreach (var (name, value) in add ?? [])
        {
            if (Reserved.Contains(name) || value is null)
            {
                continue;
            }

            claims[name] = value is JsonValue text && text.TryGetValue(out string? s) ? s
                : stringsOnly ? value.ToJsonString()
                : value is JsonValue flag && flag.TryGetValue(out bool b) ? b
                : JsonDocument.Parse(value.ToJsonString()).RootElement.Clone();
        }
    }

    private static void SetGroups(Dictionary<string, object>? claims, TriggerGroupConfiguration? groups)
    {
        if (claims is null || groups is null)
        {
            return;
        }

        Set(claims, "cognito:groups", groups.GroupsToOverride);
        Set(claims, "cognito:roles", groups.IamRolesToOverride);
        if (groups.PreferredRole is { Length: > 0 } preferred)
        {
            claims["cognito:preferred_role"] = preferred;
        }
    }

    private static void Set(Dictionary<string, object> claims, string name, List<string>? values)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count == 0)
        {
            claims.Remove(name);
        }
        else
        {
            claims[name] = values.ToArray();
        }
    }
}
