using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Sts;

namespace CognitoKit.Testing.IdentityPools;

/// <summary>
/// An identity pool's <c>RoleMappings</c>: which IAM role a signed-in identity gets, per identity provider. <c>Token</c>
/// takes the role from the ID token (<c>cognito:preferred_role</c>, or a <c>CustomRoleArn</c> among
/// <c>cognito:roles</c>); <c>Rules</c> takes the role of the first rule whose claim matches. When neither decides,
/// <c>AmbiguousRoleResolution</c> gives the pool's authenticated role or refuses the credentials.
/// </summary>
internal static class RoleMappingRules
{
    private const int MaxMappings = 10;
    private const int MaxRules = 25;

    /// <summary>Checks the <c>RoleMappings</c> of a SetIdentityPoolRoles request, before anything is changed.</summary>
    /// <exception cref="AwsServiceException">InvalidParameterException naming the mapping and what is wrong with it.</exception>
    public static void Validate(JsonObject? mappings)
    {
        if (mappings is null)
        {
            return;
        }

        if (mappings.Count > MaxMappings)
        {
            throw IdentityErrors.InvalidParameter($"RoleMappings has {mappings.Count} entries; at most {MaxMappings} identity providers can have one.");
        }

        foreach (var (provider, node) in mappings)
        {
            if (provider.Length == 0 || provider.Length > 128)
            {
                throw IdentityErrors.InvalidParameter("A RoleMappings key must name an identity provider (1 to 128 characters).");
            }

            if (node is not JsonObject mapping)
            {
                throw IdentityErrors.InvalidParameter($"The role mapping of '{provider}' must be an object.");
            }

            var type = Text(mapping, "Type");
            if (type is not ("Token" or "Rules"))
            {
                throw IdentityErrors.InvalidParameter($"The role mapping of '{provider}' needs a Type of Token or Rules.");
            }

            if (Text(mapping, "AmbiguousRoleResolution") is not ("AuthenticatedRole" or "Deny"))
            {
                throw IdentityErrors.InvalidParameter(
                    $"The role mapping of '{provider}' needs an AmbiguousRoleResolution of AuthenticatedRole or Deny.");
            }

            if (type == "Rules")
            {
                ValidateRules(provider, mapping);
            }
        }
    }

    /// <summary>
    /// The role for a signed-in identity: from the mapping of the first login that has one, else the pool's authenticated
    /// role. A <paramref name="customRoleArn"/> must be a role the token or the rules allow.
    /// </summary>
    /// <exception cref="AwsServiceException">NotAuthorizedException when the mapping denies or the custom role is not allowed;
    /// InvalidIdentityPoolConfigurationException when the pool's authenticated role is needed and not set.</exception>
    public static string Choose(EmulatorState state, IdentityPool pool, IReadOnlyList<CheckedLogin> logins, string? customRoleArn)
    {
        var authenticatedRole = pool.Roles.GetValueOrDefault("authenticated");
        foreach (var login in logins)
        {
            if (Find(state, pool, login) is not { } mapping)
            {
                continue;
            }

            var claims = login.Claims ?? [];
            var chosen = Text(mapping, "Type") == "Token" ? FromToken(claims, customRoleArn) : FromRules(mapping, claims);
            if (chosen is null)
            {
                if (Text(mapping, "AmbiguousRoleResolution") == "Deny")
                {
                    throw IdentityErrors.NotAuthorized("No role could be chosen for this login and the identity pool's role mapping denies it.");
                }

                chosen = authenticatedRole ?? throw IdentityErrors.InvalidConfiguration();
            }

            return Granted(chosen, customRoleArn);
        }

        return Granted(authenticatedRole ?? throw IdentityErrors.InvalidConfiguration(), customRoleArn);
    }

    /// <summary><paramref name="role"/>, when the request asked for no custom role or for that one.</summary>
    /// <exception cref="AwsServiceException">NotAuthorizedException: another custom role was asked for.</exception>
    public static string Granted(string role, string? customRoleArn) =>
        customRoleArn is null || customRoleArn == role ? role : throw IdentityErrors.CustomRoleRefused(customRoleArn);

    // A user pool's mapping is keyed "provider name:app client id" (the ID token's audience); another provider's by its name.
    private static JsonObject? Find(EmulatorState state, IdentityPool pool, CheckedLogin login)
    {
        if (pool.RoleMappings is not { } mappings)
        {
            return null;
        }

        foreach (var (key, node) in mappings)
        {
            if (node is not JsonObject mapping)
            {
                continue;
            }

            if (login.UserPoolClientId is not { } clientId)
            {
                if (ProviderNames.Key(state, key) == login.Login.ProviderKey)
                {
                    return mapping;
                }

                continue;
            }

            var colon = key.LastIndexOf(':');
            if (colon > 0 && key[(colon + 1)..] == clientId && ProviderNames.Key(state, key[..colon]) == login.Login.ProviderKey)
            {
                return mapping;
            }
        }

        return null;
    }

    // Token: the preferred role, or the custom role when the token lists it; a single listed role stands for itself.
    private static string? FromToken(JsonObject claims, string? customRoleArn)
    {
        var roles = claims["cognito:roles"] is JsonArray array
            ? [.. array.Select(r => r is JsonValue v && v.TryGetValue(out string? s) ? s : null).OfType<string>()]
            : Text(claims, "cognito:roles") is { } single ? [single] : new List<string>();
        if (customRoleArn is not null)
        {
            return roles.Contains(customRoleArn, StringComparer.Ordinal)
                ? customRoleArn
                : throw IdentityErrors.CustomRoleRefused(customRoleArn, "it is not among the token's cognito:roles");
        }

        return Text(claims, "cognito:preferred_role") ?? (roles.Count == 1 ? roles[0] : null);
    }

    // Rules: the first rule, in order, whose claim is present and matches.
    private static string? FromRules(JsonObject mapping, JsonObject claims)
    {
        foreach (var node in mapping["RulesConfiguration"]?["Rules"]?.AsArray() ?? [])
        {
            if (node is not JsonObject rule || Text(rule, "Claim") is not { } claim || claims[claim] is not { } value)
            {
                continue;
            }

            var values = value is JsonArray list ? [.. list.Select(ClaimText).OfType<string>()] : ClaimText(value) is { } one ? [one] : new List<string>();
            var wanted = Text(rule, "Value") ?? string.Empty;
            var matches = Text(rule, "MatchType") switch
            {
                "Equals" => values.Contains(wanted, StringComparer.Ordinal),
                "Contains" => values.Any(v => v.Contains(wanted, StringComparison.Ordinal)),
                "StartsWith" => values.Any(v => v.StartsWith(wanted, StringComparison.Ordinal)),
                "NotEqual" => values.Count > 0 && !values.Contains(wanted, StringComparer.Ordinal),
                _ => false,
            };
            if (matches)
            {
                return Text(rule, "RoleARN");
            }
        }

        return null;
    }

    private static void ValidateRules(string provider, JsonObject mapping)
    {
        if (mapping["RulesConfiguration"]?["Rules"] is not JsonArray rules || rules.Count is 0 or > MaxRules)
        {
            throw IdentityErrors.InvalidParameter(
                $"The Rules role mapping of '{provider}' needs RulesConfiguration.Rules with 1 to {MaxRules} rules.");
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] is not JsonObject rule)
            {
                throw IdentityErrors.InvalidParameter($"Rule #{i + 1} of the role mapping of '{provider}' must be an object.");
            }

            if (Text(rule, "Claim") is not { Length: > 0 and <= 64 })
            {
                throw IdentityErrors.InvalidParameter($"Rule #{i + 1} of the role mapping of '{provider}' needs a Claim (1 to 64 characters).");
            }

            if (Text(rule, "MatchType") is not ("Equals" or "Contains" or "StartsWith" or "NotEqual"))
            {
                throw IdentityErrors.InvalidParameter(
                    $"Rule #{i + 1} of the role mapping of '{provider}' needs a MatchType of Equals, Contains, StartsWith or NotEqual.");
            }

            if (Text(rule, "Value") is not { Length: > 0 and <= 128 })
            {
                throw IdentityErrors.InvalidParameter($"Rule #{i + 1} of the role mapping of '{provider}' needs a Value (1 to 128 characters).");
            }

            if (Text(rule, "RoleARN") is not { } arn || !RoleArns.IsValid(arn))
            {
                throw IdentityErrors.InvalidParameter($"Rule #{i + 1} of the role mapping of '{provider}' needs a valid RoleARN.");
            }
        }
    }

    private static string? Text(JsonObject obj, string name) => obj[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    // A claim's value as text: strings as they are, numbers and booleans as JSON writes them.
    private static string? ClaimText(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
            _ => null,
        }
        : null;
}
