using CognitoKit.Diagnostics;

namespace CognitoKit.Identity;

/// <summary>Who asks the identity pool: a signed-in user or an external login (with their current tokens), or a guest.</summary>
/// <param name="Key">Where the identity id is remembered; null when the logins name no user CognitoKit can read
/// (only opaque tokens without a user id), so nothing is remembered across credentials objects.</param>
/// <param name="Logins">The <c>Logins</c> map (provider name to token); null for a guest.</param>
internal sealed record IdentityLogin(IdentityIdKey? Key, Dictionary<string, string>? Logins)
{
    /// <summary>A guest whose identity is remembered by its credentials object alone (<c>ForNewGuest</c>).</summary>
    public static IdentityLogin OwnGuest { get; } = new(null, null);

    public bool IsGuest => Logins is null;

    /// <summary>The provider names, for messages.</summary>
    public string Providers => Logins is null ? "guest" : string.Join(", ", Logins.Keys.Order(StringComparer.Ordinal));

    /// <summary>Never shows a token.</summary>
    public override string ToString() => $"IdentityLogin {{ Key = {Key?.ToString() ?? "none"}, Logins = {Redact.Keys(Logins)} }}";
}
