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
        var kit = new CognitoKitOptions
        {
            Region = Value(section, nameof(CognitoKitOptions.Region)),
            UserPoolId = Value(section, nameof(CognitoKitOptions.UserPoolId)) ?? string.Empty,
            ClientId = Value(section, nameof(CognitoKitOptions.ClientId)) ?? string.Empty,
            Issuer = Url(section, nameof(CognitoKitOptions.Issuer)),
            UserPoolEndpoint = Url(section, nameof(CognitoKitOptions.UserPoolEndpoint)),
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
            options.ClockSkew = TimeSpan.TryParse(skew, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{Path(section, nameof(CognitoKitOptions.ClockSkew))} must be a time span such as 00:01:00.");
        }

        if (Value(section, nameof(CognitoAuthenticationOptions.TokenUse)) is { } use)
        {
            options.TokenUse = Enum.TryParse<CognitoTokenUse>(use, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException($"{Path(section, nameof(CognitoAuthenticationOptions.TokenUse))} must be Access or Id.");
        }
    }

    private static string? Value(IConfiguration section, string key) => section[key] is { Length: > 0 } value ? value : null;

    private static Uri? Url(IConfiguration section, string key) => Value(section, key) is not { } text
        ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{Path(section, key)} must be an absolute URL.");

    private static string Path(IConfiguration section, string key) => section is IConfigurationSection s ? $"{s.Path}:{key}" : key;
}
