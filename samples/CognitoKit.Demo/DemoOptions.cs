using Microsoft.Extensions.Configuration;

namespace CognitoKit.Demo;

/// <summary>
/// The demo user's details (configuration section <c>CognitoKitDemo</c>, environment variables
/// <c>COGNITOKITDEMO__EMAIL</c>, <c>COGNITOKITDEMO__USERNAME</c>, ...). Against the emulator every value has a default.
/// </summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section name, <c>CognitoKitDemo</c>.</summary>
    public const string SectionName = "CognitoKitDemo";

    /// <summary>The username to sign up; default: a new <c>demo-xxxxxxxx</c> (against AWS: <see cref="Email"/>).</summary>
    public string? Username { get; init; }

    /// <summary>The email address the codes go to; default (emulator only): <c>{username}@example.com</c>.</summary>
    public string? Email { get; init; }

    /// <summary>The password to sign up with; default: a random one that meets Cognito's default policy.</summary>
    public string? Password { get; init; }

    /// <summary>The password the reset sets; default: another random one.</summary>
    public string? NewPassword { get; init; }

    /// <summary>
    /// Whether to ask for codes on the console (against AWS only). Default: when the console is a terminal. When false,
    /// the steps that need a code are skipped.
    /// </summary>
    public bool? Interactive { get; init; }

    /// <summary>Reads the options from a configuration section; missing keys keep their defaults.</summary>
    /// <param name="section">The <c>CognitoKitDemo</c> section.</param>
    /// <returns>The options.</returns>
    public static DemoOptions From(IConfiguration section) => new()
    {
        Username = Value(section, nameof(Username)),
        Email = Value(section, nameof(Email)),
        Password = Value(section, nameof(Password)),
        NewPassword = Value(section, nameof(NewPassword)),
        Interactive = bool.TryParse(section[nameof(Interactive)], out bool interactive) ? interactive : null,
    };

    /// <summary>Describes the options without the passwords.</summary>
    /// <returns>The username and email.</returns>
    public override string ToString() => $"DemoOptions {{ Username = {Username}, Email = {Email}, Password = *** }}";

    private static string? Value(IConfiguration section, string key) =>
        string.IsNullOrWhiteSpace(section[key]) ? null : section[key];
}
