using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary>App clients: flows, secret, token validities (with units), revocation and rotation settings.</summary>
internal static class ClientOperations
{
    private static readonly Dictionary<string, string> LegacyFlows = new(StringComparer.Ordinal)
    {
        ["ADMIN_NO_SRP_AUTH"] = "ALLOW_ADMIN_USER_PASSWORD_AUTH",
        ["CUSTOM_AUTH_FLOW_ONLY"] = "ALLOW_CUSTOM_AUTH",
        ["USER_PASSWORD_AUTH"] = "ALLOW_USER_PASSWORD_AUTH",
    };

    private static readonly HashSet<string> KnownFlows = new(StringComparer.Ordinal)
    {
        "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH",
    };

    private static readonly string[] EchoedMembers =
    [
        "ReadAttributes", "WriteAttributes", "SupportedIdentityProviders", "CallbackURLs", "LogoutURLs", "DefaultRedirectURI",
        "AllowedOAuthFlows", "AllowedOAuthScopes", "AllowedOAuthFlowsUserPoolClient", "AnalyticsConfiguration", "EnablePropagateAdditionalUserContextData",
    ];

    public static void Register(EmulatorState state, Dictionary<string, AwsJsonOperation> ops)
    {
        ops["CreateUserPoolClient"] = r => new(new JsonObject { ["UserPoolClient"] = Describe(Create(state, r)) });
        ops["DescribeUserPoolClient"] = r =>
        {
            var (_, client) = Find(state, r);
            return new(new JsonObject { ["UserPoolClient"] = Describe(client) });
        };
        ops["DeleteUserPoolClient"] = r =>
        {
            var pool = state.UserPools.Get(r.RequiredString("UserPoolId"));
            state.UserPools.RemoveClient(pool, r.RequiredString("ClientId"));
            return new((JsonObject?)null);
        };
        ClientSecretOperations.Register(state, ops);
    }

    /// <summary>The pool and app client a request names (UserPoolId, ClientId), or ResourceNotFoundException as Cognito words it.</summary>
    public static (UserPool Pool, UserPoolClient Client) Find(EmulatorState state, AwsJsonRequest r)
    {
        var pool = state.UserPools.Get(r.RequiredString("UserPoolId"));
        var clientId = r.RequiredString("ClientId");
        var client = pool.Clients.GetValueOrDefault(clientId) ?? throw AwsServiceException.ResourceNotFound("User pool client " + clientId + " does not exist.");
        return (pool, client);
    }

    private static UserPoolClient Create(EmulatorState state, AwsJsonRequest r)
    {
        var pool = state.UserPools.Get(r.RequiredString("UserPoolId"));
        var units = r.OptionalObject("TokenValidityUnits");
        var now = state.Now;
        var client = new UserPoolClient
        {
            ClientId = r.FixedId ?? UserPoolStore.NewClientId(),
            UserPoolId = pool.Id,
            ClientName = r.RequiredString("ClientName"),
            CreationDate = now,
            LastModifiedDate = now,
            ExplicitAuthFlows = Flows(r),
            AccessTokenValidity = Validity(r.OptionalLong("AccessTokenValidity"), Unit(units, "AccessToken", "hours"), TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), TimeSpan.FromDays(1)),
            IdTokenValidity = Validity(r.OptionalLong("IdTokenValidity"), Unit(units, "IdToken", "hours"), TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), TimeSpan.FromDays(1)),
            RefreshTokenValidity = Validity(r.OptionalLong("RefreshTokenValidity"), Unit(units, "RefreshToken", "days"), TimeSpan.FromDays(30), TimeSpan.FromMinutes(60), TimeSpan.FromDays(3650)),
            AuthSessionValidity = Validity(r.OptionalLong("AuthSessionValidity"), "minutes", TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(15)),
            EnableTokenRevocation = r.OptionalBool("EnableTokenRevocation") ?? true,
            PreventUserExistenceErrors = PreventUserExistenceErrors(r),
        };
        if (r.OptionalString("ClientSecret") is { } secret)
        {
            ClientSecretOperations.Add(state, client, secret);
        }
        else if (r.OptionalBool("GenerateSecret") == true)
        {
            ClientSecretOperations.Add(state, client);
        }

        if (r.OptionalObject("RefreshTokenRotation") is { } rotation)
        {
            var feature = AwsJsonRequest.ReadString(rotation, "Feature") ?? throw AwsServiceException.MissingMember("RefreshTokenRotation.Feature");
            AwsJsonRequest.EnsureEnum("refreshTokenRotation.feature", [feature], "ENABLED", "DISABLED");
            var grace = AwsJsonRequest.ReadNumber(rotation, "RetryGracePeriodSeconds") ?? 0;
            if (grace is < 0 or > 60)
            {
                throw AwsServiceException.InvalidParameter($"1 validation error detected: Value '{grace}' at 'refreshTokenRotation.retryGracePeriodSeconds' failed to satisfy constraint: Member must have value {(grace < 0 ? "greater than or equal to 0" : "less than or equal to 60")}");
            }

            client.RefreshTokenRotation = feature == "ENABLED";
            client.RefreshTokenRotationGraceSeconds = (int)grace;
        }

        client.Echo = new JsonObject();
        foreach (var member in EchoedMembers.Append("TokenValidityUnits"))
        {
            if (r.Body[member] is { } value)
            {
                client.Echo[member] = value.DeepClone();
            }
        }

        state.UserPools.AddClient(pool, client);
        return client;
    }

    private static List<string> Flows(AwsJsonRequest r)
    {
        var given = r.StringList("ExplicitAuthFlows");
        if (r.Body["ExplicitAuthFlows"] is null)
        {
            // What Cognito gives a client created without a list.
            return ["ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];
        }

        var legacy = given.Any(LegacyFlows.ContainsKey);
        var modern = given.Any(KnownFlows.Contains);
        if (legacy && modern)
        {
            throw AwsServiceException.InvalidParameter("ExplicitAuthFlows cannot mix legacy and ALLOW_ prefixed values.");
        }

        var unknown = given.FirstOrDefault(f => !LegacyFlows.ContainsKey(f) && !KnownFlows.Contains(f));
        if (unknown is not null)
        {
            throw AwsServiceException.InvalidParameter("1 validation error detected: Value '[" + unknown + "]' at 'explicitAuthFlows' failed to satisfy constraint: Member must satisfy enum value set");
        }

        // Legacy clients always allowed SRP and refresh.
        return legacy
            ? [.. given.Select(f => LegacyFlows[f]).Append("ALLOW_USER_SRP_AUTH").Append("ALLOW_REFRESH_TOKEN_AUTH").Distinct()]
            : [.. given.Distinct()];
    }

    private static bool PreventUserExistenceErrors(AwsJsonRequest r)
    {
        var mode = r.OptionalString("PreventUserExistenceErrors") ?? "ENABLED";
        AwsJsonRequest.EnsureEnum("preventUserExistenceErrors", [mode], "LEGACY", "ENABLED");
        return mode != "LEGACY";
    }

    // Checked even when the matching validity is absent: the units are echoed back and read again by Describe.
    private static string Unit(JsonObject? units, string member, string fallback)
    {
        if (units is null || AwsJsonRequest.ReadString(units, member) is not { } unit)
        {
            return fallback;
        }

        AwsJsonRequest.EnsureEnum("tokenValidityUnits." + char.ToLowerInvariant(member[0]) + member[1..], [unit], "seconds", "minutes", "hours", "days");
        return unit;
    }

    private static TimeSpan Validity(long? value, string unit, TimeSpan fallback, TimeSpan min, TimeSpan max)
    {
        if (value is null)
        {
            return fallback;
        }

        // Every unit is at least a second, so a count above the maximum in seconds is out of range in any unit;
        // refusing it here also keeps TimeSpan from overflowing on absurd values.
        if (value.Value < 0 || value.Value > (long)max.TotalSeconds)
        {
            throw AwsServiceException.InvalidParameter("Invalid range for token validity.");
        }

        var span = unit switch
        {
            "seconds" => TimeSpan.FromSeconds(value.Value),
            "minutes" => TimeSpan.FromMinutes(value.Value),
            "hours" => TimeSpan.FromHours(value.Value),
            "days" => TimeSpan.FromDays(value.Value),
            _ => throw AwsServiceException.InvalidParameter("Invalid time unit " + unit + "."),
        };
        return span < min || span > max ? throw AwsServiceException.InvalidParameter("Invalid range for token validity.") : span;
    }

    public static JsonObject Describe(UserPoolClient client)
    {
        var result = new JsonObject
        {
            ["UserPoolId"] = client.UserPoolId,
            ["ClientName"] = client.ClientName,
            ["ClientId"] = client.ClientId,
            ["LastModifiedDate"] = Wire.Time(client.LastModifiedDate),
            ["CreationDate"] = Wire.Time(client.CreationDate),
            ["RefreshTokenValidity"] = (long)client.RefreshTokenValidity.TotalDays,
            ["AccessTokenValidity"] = (long)client.AccessTokenValidity.TotalHours,
            ["IdTokenValidity"] = (long)client.IdTokenValidity.TotalHours,
            ["ExplicitAuthFlows"] = Wire.Strings(client.ExplicitAuthFlows),
            ["PreventUserExistenceErrors"] = client.PreventUserExistenceErrors ? "ENABLED" : "LEGACY",
            ["EnableTokenRevocation"] = client.EnableTokenRevocation,
            ["AuthSessionValidity"] = (int)client.AuthSessionValidity.TotalMinutes,
            ["TokenValidityUnits"] = new JsonObject { ["AccessToken"] = "hours", ["IdToken"] = "hours", ["RefreshToken"] = "days" },
        };
        if (client.Echo["TokenValidityUnits"] is JsonObject units)
        {
            // Report the validities in the units the caller chose.
            result["TokenValidityUnits"] = new JsonObject
            {
                ["AccessToken"] = AwsJsonRequest.ReadString(units, "AccessToken") ?? "hours",
                ["IdToken"] = AwsJsonRequest.ReadString(units, "IdToken") ?? "hours",
                ["RefreshToken"] = AwsJsonRequest.ReadString(units, "RefreshToken") ?? "days",
            };
            result["AccessTokenValidity"] = InUnit(client.AccessTokenValidity, (string)result["TokenValidityUnits"]!["AccessToken"]!);
            result["IdTokenValidity"] = InUnit(client.IdTokenValidity, (string)result["TokenValidityUnits"]!["IdToken"]!);
            result["RefreshTokenValidity"] = InUnit(client.RefreshTokenValidity, (string)result["TokenValidityUnits"]!["RefreshToken"]!);
        }

        if (client.ClientSecret is not null)
        {
            result["ClientSecret"] = client.ClientSecret;
        }

        if (client.RefreshTokenRotation)
        {
            result["RefreshTokenRotation"] = new JsonObject { ["Feature"] = "ENABLED", ["RetryGracePeriodSeconds"] = client.RefreshTokenRotationGraceSeconds };
        }

        foreach (var (member, value) in client.Echo.Where(e => e.Key != "TokenValidityUnits"))
        {
            result[member] = value?.DeepClone();
        }

        return result;
    }

    private static long InUnit(TimeSpan span, string unit) => unit switch
    {
        "seconds" => (long)span.TotalSeconds,
        "minutes" => (long)span.TotalMinutes,
        "days" => (long)span.TotalDays,
        _ => (long)span.TotalHours,
    };
}
