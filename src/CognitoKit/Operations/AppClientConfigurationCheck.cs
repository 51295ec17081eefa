using CognitoKit.Protocol.UserPools;

namespace CognitoKit.Operations;

/// <summary>
/// Compares an app client, as <c>DescribeUserPoolClient</c> describes it, with what CognitoKit is configured to do, and
/// says for each mismatch which setting to change. The client secret's value is never compared (nor shown): while a
/// secret is rotated Cognito accepts two and describes one, so only whether there is one is checked.
/// </summary>
internal static class AppClientConfigurationCheck
{
    private const string FlowsSetting = "Authentication flows";

    // The flow names of clients created with the older values, and what they allow.
    private static readonly Dictionary<string, string> LegacyFlows = new(StringComparer.Ordinal)
    {
        ["ADMIN_NO_SRP_AUTH"] = "ALLOW_ADMIN_USER_PASSWORD_AUTH",
        ["CUSTOM_AUTH_FLOW_ONLY"] = "ALLOW_CUSTOM_AUTH",
        ["USER_PASSWORD_AUTH"] = "ALLOW_USER_PASSWORD_AUTH",
    };

    private static readonly (CognitoAuthFlows Flow, string Allow, string Why)[] Required =
    [
        (CognitoAuthFlows.UserSrp, "ALLOW_USER_SRP_AUTH", "CognitoKit signs in with SRP"),
        (CognitoAuthFlows.UserPassword, "ALLOW_USER_PASSWORD_AUTH", "the app signs in with WithPasswordAuth()"),
        (CognitoAuthFlows.CustomAuth, "ALLOW_CUSTOM_AUTH", "the app signs in with SignInWithCustomAuth"),
        (CognitoAuthFlows.UserAuth, "ALLOW_USER_AUTH", "the app signs in with SignInWithChoice"),
        (CognitoAuthFlows.RefreshToken, "ALLOW_REFRESH_TOKEN_AUTH", "sessions refresh their tokens"),
    ];

    /// <summary>The mismatches, each naming the setting to change; empty when the client fits.</summary>
    public static IReadOnlyList<string> Problems(UserPoolClientType client, CognitoKitSettings settings, CognitoAuthFlows flows, string settingPrefix)
    {
        var problems = new List<string>();
        string where = $"App client '{client.ClientName ?? settings.ClientId}' ({settings.ClientId})";
        HashSet<string> allowed = AllowedFlows(client.ExplicitAuthFlows);
        foreach (var (flow, allow, why) in Required)
        {
            if (flows.HasFlag(flow) && !allowed.Contains(allow))
            {
                problems.Add($"{where} > {FlowsSetting}: enable {allow} ({why}).");
            }
        }

        bool clientHasSecret = !string.IsNullOrEmpty(client.ClientSecret);
        if (clientHasSecret && !settings.HasClientSecret)
        {
            problems.Add($"{where} has a client secret but {settingPrefix}ClientSecret is not set: set it to the app client's secret (App client > Client secret > Show client secret).");
        }
        else if (!clientHasSecret && settings.HasClientSecret)
        {
            problems.Add($"{where} has no client secret but {settingPrefix}ClientSecret is set: remove {settingPrefix}ClientSecret, or use an app client created with 'Generate a client secret'.");
        }

        bool rotates = string.Equals(client.RefreshTokenRotation?.Feature, "ENABLED", StringComparison.Ordinal);
        if (rotates != settings.RefreshTokenRotation)
        {
            problems.Add(rotates
                ? $"{where} > Refresh token rotation is enabled but {settingPrefix}RefreshTokenRotation is false: set it to true (or disable refresh token rotation on the app client)."
                : $"{where} > Refresh token rotation is disabled but {settingPrefix}RefreshTokenRotation is true: enable refresh token rotation on the app client (or set {settingPrefix}RefreshTokenRotation to false).");
        }

        if (flows.HasFlag(CognitoAuthFlows.RefreshToken))
        {
            CheckLifetime(problems, where, "Access token expiration", Lifetime(client.AccessTokenValidity, client.TokenValidityUnits?.AccessToken, "hours", TimeSpan.FromHours(1)), settings, settingPrefix);
            CheckLifetime(problems, where, "ID token expiration", Lifetime(client.IdTokenValidity, client.TokenValidityUnits?.IdToken, "hours", TimeSpan.FromHours(1)), settings, settingPrefix);
        }

        return problems;
    }

    /// <summary>The <c>ALLOW_</c> flows the client allows, legacy names translated; Cognito's default set when none are listed.</summary>
    internal static HashSet<string> AllowedFlows(IReadOnlyCollection<string>? listed)
    {
        if (listed is null || listed.Count == 0)
        {
            return new HashSet<string>(["ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], StringComparer.Ordinal);
        }

        var allowed = new HashSet<string>(StringComparer.Ordinal);
        bool legacy = false;
        foreach (string flow in listed)
        {
            if (LegacyFlows.TryGetValue(flow, out string? modern))
            {
                allowed.Add(modern);
                legacy = true;
            }
            else
            {
                allowed.Add(flow);
            }
        }

        if (legacy)
        {
            // Clients with the older flow names always allowed SRP and refresh.
            allowed.Add("ALLOW_USER_SRP_AUTH");
            allowed.Add("ALLOW_REFRESH_TOKEN_AUTH");
        }

        return allowed;
    }

    /// <summary>
    /// A token lifetime no longer than the refresh margin leaves no time between a refresh and the next one: CognitoKit then
    /// refreshes at half the lifetime instead, which is rarely what was meant.
    /// </summary>
    private static void CheckLifetime(List<string> problems, string where, string setting, TimeSpan lifetime, CognitoKitSettings settings, string settingPrefix)
    {
        if (lifetime <= settings.RefreshMargin)
        {
            problems.Add($"{where} > Token expiration: '{setting}' is {Describe(lifetime)}, not longer than {settingPrefix}RefreshMargin ({Describe(settings.RefreshMargin)}): "
                + $"lengthen '{setting}' or lower {settingPrefix}RefreshMargin below it.");
        }
    }

    private static TimeSpan Lifetime(int? value, string? unit, string defaultUnit, TimeSpan fallback) => value is not { } count
        ? fallback
        : (unit ?? defaultUnit) switch
        {
            "seconds" => TimeSpan.FromSeconds(count),
            "minutes" => TimeSpan.FromMinutes(count),
            "days" => TimeSpan.FromDays(count),
            _ => TimeSpan.FromHours(count),
        };

    private static string Describe(TimeSpan span) => span.TotalMinutes < 1
        ? $"{span.TotalSeconds:0} seconds"
        : span.TotalHours < 1 ? $"{span.TotalMinutes:0.#} minutes" : $"{span.TotalHours:0.#} hours";
}
