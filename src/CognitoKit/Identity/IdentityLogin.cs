using CognitoKit.Diagnostics;

namespace CognitoKit.Identity;

/// <summary>Who asks the identity pool: a signed-in user (with their current ID token) or a guest.</summary>
/// <param name="Key">Where the identity id is remembered.</param>
/// <param name="Logins">The <c>Logins</c> map (provider name to ID token); null for a guest.</param>
internal sealed record IdentityLogin(IdentityIdKey Key, Dictionary<string, string>? Logins)
{
    public bool IsGuest => Logins is null;

    /// <summary>Never shows the ID token.</summary>
    public override string ToString() => $"IdentityLogin {{ Key = {Key}, Logins = {Redact.Keys(Logins)} }}";
}
