using System.Globalization;
using CognitoKit.Tokens;
using Microsoft.Extensions.Configuration;

namespace CognitoKit.AspNetCore;

/// <summary>
/// Reads a CognitoKit configuration section (the keys of <see cref="CognitoKitOptions"/>, plus <c>ClientIds</c> and
/// <c>TokenUse</c>) into a scheme's options. Read by hand, key by key, so the package needs no reflection binding.
/// </summary>
internal static class CognitoConfigurationReader
{
    public static void Apply(IConfiguration section, CognitoAuthenticationOptions options)
    {
        // Errors are kept, not thrown, so start-up validation reports them with every other problem of the scheme.
        options.ConfigurationPath = section is IConfigurationSection named ? named.Path : string.Empty;
        var kit = new CognitoKitOptions
        {
            Region = Value(section, nameof(CognitoKitOptions.Region)),
            UserPoolId = Value(section, nameof(CognitoKitOptions.UserPoolId)) ?? string.Empty,
            ClientId = Value(section, nameof(CognitoKitOptions.ClientId)) ?? string.Empty,
            Issuer = Url(section, nameof(CognitoKitOptions.Issuer), options),
            UserPoolEndpoint = Url(section, nameof(CognitoKitOptions.UserPoolEndpoint), options),
        };

        options.ClientIds ??= new List<string>();
        foreach (var child in section.GetSection("ClientIds").GetChildren())
        {
            if (!string.IsNullOrWhiteSpace(child.Value) && !options.ClientIds.Contains(child.Value))
            {
                options.ClientIds.Add(child.Value);
            }
        }

        CognitoKitAuthenticationDefaults.Fill(options, kit);
        if (Value(section, nameof(CognitoKitOptions.ClockSkew)) is { } skew)
        {
            if (TimeSpan.TryParse(skew, CultureInfo.InvariantCulture, out var parsed))
            {
                options.ClockSkew = parsed;
            }
            else
            {
                options.ConfigurationErrors.Add($"{Path(section, nameof(CognitoKitOptions.ClockSkew))} '{skew}' must be a time span such as 00:01:00.");
            }
        }

        if (Value(section, nameof(CognitoAuthenticationOptions.TokenUse)) is { } use)
        {
            if (Enum.TryParse<CognitoTokenUse>(use, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                options.TokenUse = parsed;
            }
            else
            {
                options.ConfigurationErrors.Add($"{Path(section, nameof(CognitoAuthenticationOptions.TokenUse))} '{use}' must be Access or Id.");
            }
        }
    }

    private static string? Value(IConfiguration section, string key) => section[key] is { Length: > 0 } value ? value : null;

    private static Uri? Url(IConfiguration section, string key, CognitoAuthenticationOptions options)
    {
        if (Value(section, key) is not { } text)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return uri;
        }

        options.ConfigurationErrors.Add($"{Path(section, key)} '{text}' must be an absolute URL.");
        return null;
    }

    private static string Path(IConfiguration section, string key) => section is IConfigurationSection s ? $"{s.Path}:{key}" : key;
}
