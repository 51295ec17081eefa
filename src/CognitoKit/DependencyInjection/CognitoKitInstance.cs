using System.Text.RegularExpressions;

namespace CognitoKit.DependencyInjection;

/// <summary>
/// What a CognitoKit instance name decides: its service key (none for the default instance, so it stays resolvable
/// without keys), its options name, and the names of its <see cref="HttpClient"/>s.
/// </summary>
internal static partial class CognitoKitInstance
{
    /// <summary>The longest instance name accepted.</summary>
    public const int MaxNameLength = 64;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    /// <summary>Throws a clear <see cref="ArgumentException"/> unless <paramref name="name"/> can name an instance.</summary>
    public static void ThrowIfInvalidName(string? name, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(name, parameterName);
        if (name.Length == 0 || name.Length > MaxNameLength || !NamePattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{(name.Length > MaxNameLength ? name[..MaxNameLength] + "..." : name)}' cannot name a CognitoKit instance: use 1 to {MaxNameLength} letters, "
                + "digits, '.', '_' or '-', starting with a letter or digit (such as \"customers\" or \"staff\"). "
                + "The default instance is the one added without a name.",
                parameterName);
        }
    }

    /// <summary>The service key of the instance: null (no key) for the default instance.</summary>
    public static object? KeyOf(string name) => name.Length == 0 ? null : name;

    /// <summary>
    /// The name of the instance's own <see cref="HttpClient"/> for <paramref name="baseName"/>: the base name for the
    /// default instance, <c>{baseName}[{name}]</c> otherwise, so handlers configured for one instance never reach another.
    /// </summary>
    public static string HttpClientName(string baseName, string name) => name.Length == 0 ? baseName : $"{baseName}[{name}]";

    /// <summary>How settings of the instance are named in messages: <c>CognitoKit:</c>, or <c>CognitoKit[staff]:</c>.</summary>
    public static string SettingPrefix(string? name) =>
        string.IsNullOrEmpty(name) ? CognitoKitOptions.SectionName + ":" : $"{CognitoKitOptions.SectionName}[{name}]:";
}
