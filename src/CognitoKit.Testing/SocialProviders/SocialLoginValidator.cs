using CognitoKit.Testing.Host;
using CognitoKit.Testing.IdentityPools;

namespace CognitoKit.Testing.SocialProviders;

/// <summary>
/// Checks a <c>Logins</c> entry of a social or OIDC provider the way Cognito Identity does: the identity pool lists
/// the provider (<c>SupportedLoginProviders</c> with the app id, or an <c>OpenIdConnectProviderARNs</c> entry), and the
/// token is the provider's own (signature by its stand-in key, issuer, audience, expiry), or for Facebook and Amazon an
/// access token the provider issued to that app.
/// </summary>
internal static class SocialLoginValidator
{
    public const string UnsupportedProvider = "Token is not from a supported provider of this identity pool.";

    public static VerifiedLogin Validate(EmulatorState state, IdentityPool identityPool, string providerName, string token)
    {
        var store = SocialProviderStore.For(state);
        if (SocialProviderNames.IsSocial(providerName))
        {
            // The app id(s) set for the provider; Cognito takes several comma-separated for Google and Apple.
            var appIds = identityPool.SupportedLoginProviders.TryGetValue(providerName, out var configured)
                ? configured.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [];
            if (appIds.Length == 0)
            {
                throw IdentityErrors.NotAuthorized(UnsupportedProvider);
            }

            return SocialProviderNames.IsOpaqueProvider(providerName)
                ? ValidateOpaque(state, store, providerName, token, appIds)
                : ValidateJwt(state, store, providerName, token, SocialProviderNames.Issuers(providerName), appIds);
        }

        var listed = identityPool.OpenIdConnectProviderArns.Select(ProviderNames.FromOidcArn).Any(n => n == providerName);
        if (!listed || !store.OidcProviders.TryGetValue(providerName, out var oidc))
        {
            throw IdentityErrors.NotAuthorized(UnsupportedProvider);
        }

        return ValidateJwt(state, store, providerName, token, [oidc.Issuer], [.. oidc.ClientIds]);
    }

    private static VerifiedLogin ValidateJwt(
        EmulatorState state, SocialProviderStore store, string providerName, string token, IReadOnlyList<string> issuers, IReadOnlyList<string> audiences)
    {
        var jwt = JwtParts.TryParse(token) ?? throw IdentityErrors.InvalidLogin("Not a valid OpenId Connect identity token.");
        if (jwt.String("iss") is not { } iss || !issuers.Contains(iss, StringComparer.Ordinal))
        {
            throw IdentityErrors.InvalidLogin("Issuer doesn't match providerName");
        }

        var key = store.FindKey(providerName, jwt.HeaderString("kid"));
        if (key is null || !jwt.IsSignedBy(key))
        {
            throw IdentityErrors.InvalidLogin("Couldn't verify signed token.");
        }

        var tokenAudiences = jwt.Audiences();
        if (tokenAudiences.Count == 0)
        {
            throw IdentityErrors.InvalidLogin("Missing a required claim: aud");
        }

        if (!tokenAudiences.Any(a => audiences.Contains(a, StringComparer.Ordinal)))
        {
            throw IdentityErrors.InvalidLogin("Incorrect token audience.");
        }

        CheckExpiry(state, jwt.Seconds("exp") ?? throw IdentityErrors.InvalidLogin("Missing a required claim: exp"));
        var sub = jwt.String("sub") ?? throw IdentityErrors.InvalidLogin("Missing a required claim: sub");
        return new VerifiedLogin(providerName, providerName, sub);
    }

    private static VerifiedLogin ValidateOpaque(EmulatorState state, SocialProviderStore store, string providerName, string token, string[] appIds)
    {
        if (!store.OpaqueTokens.TryGetValue(token, out var issued) || issued.ProviderName != providerName)
        {
            throw IdentityErrors.InvalidLogin($"Invalid {SocialProviderNames.DisplayName(providerName)} token.");
        }

        if (!appIds.Contains(issued.AppId, StringComparer.Ordinal))
        {
            throw IdentityErrors.InvalidLogin("Incorrect token audience.");
        }

        CheckExpiry(state, issued.Expiration.ToUnixTimeSeconds());
        return new VerifiedLogin(providerName, providerName, issued.Subject);
    }

    private static void CheckExpiry(EmulatorState state, long exp)
    {
        var now = state.Now.ToUnixTimeSeconds();
        if (now >= exp)
        {
            throw IdentityErrors.InvalidLogin($"Token expired: {now} >= {exp}");
        }
    }
}
