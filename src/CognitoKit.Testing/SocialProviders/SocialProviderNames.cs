namespace CognitoKit.Testing.SocialProviders;

/// <summary>
/// The provider names identity pools know social providers by (the keys of <c>SupportedLoginProviders</c> and
/// <c>Logins</c>), and what kind of token each one sends.
/// </summary>
internal static class SocialProviderNames
{
    public const string Google = "accounts.google.com";
    public const string Facebook = "graph.facebook.com";
    public const string Apple = "appleid.apple.com";
    public const string Amazon = "www.amazon.com";

    /// <summary>Google and Apple send signed ID tokens; Facebook and Amazon send opaque access tokens Cognito asks them about.</summary>
    public static bool IsJwtProvider(string providerName) => providerName is Google or Apple;

    public static bool IsOpaqueProvider(string providerName) => providerName is Facebook or Amazon;

    public static bool IsSocial(string providerName) => IsJwtProvider(providerName) || IsOpaqueProvider(providerName);

    /// <summary>The <c>iss</c> a provider writes into its ID tokens. Google has written both spellings over the years.</summary>
    public static IReadOnlyList<string> Issuers(string providerName) => providerName switch
    {
        Google => ["https://accounts.google.com", "accounts.google.com"],
        _ => ["https://" + providerName],
    };

    /// <summary>The name the error messages use for a provider's opaque token.</summary>
    public static string DisplayName(string providerName) => providerName switch
    {
        Facebook => "Facebook",
        Amazon => "Amazon",
        Google => "Google",
        Apple => "Apple",
        _ => providerName,
    };
}
