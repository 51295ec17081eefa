using System.Security.Cryptography;
using CognitoKit.Testing.Host;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.SocialProviders;

/// <summary>
/// Mints the tokens a social or OIDC provider would hand an app after its user signs in: an RS256 ID token for
/// Google, Apple and OIDC providers, and an opaque access token (remembered here) for Facebook and Amazon.
/// </summary>
internal static class SocialTokenIssuer
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Issue(EmulatorState state, string providerName, string subject, string audience, TimeSpan lifetime, IReadOnlyDictionary<string, object>? claims)
    {
        var store = SocialProviderStore.For(state);
        var now = state.Now;
        if (SocialProviderNames.IsOpaqueProvider(providerName))
        {
            // Shaped like the real ones (Facebook's start "EAA", Amazon's "Atza|") so logs and tests look familiar.
            var prefix = providerName == SocialProviderNames.Facebook ? "EAA" : "Atza|";
            var token = prefix + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(48));
            store.OpaqueTokens[token] = new OpaqueSocialToken(providerName, subject, audience, now + lifetime);
            return token;
        }

        string issuer;
        if (SocialProviderNames.IsJwtProvider(providerName))
        {
            issuer = SocialProviderNames.Issuers(providerName)[0];
        }
        else if (store.OidcProviders.TryGetValue(providerName, out var oidc))
        {
            issuer = oidc.Issuer;
        }
        else
        {
            throw new ArgumentException(
                $"'{providerName}' is not a provider the emulator stands in for: use accounts.google.com, graph.facebook.com, appleid.apple.com, www.amazon.com, or register an OIDC provider first.",
                nameof(providerName));
        }

        var payload = new Dictionary<string, object>(StringComparer.Ordinal);
        if (claims is not null)
        {
            foreach (var (name, value) in claims)
            {
                payload[name] = value;
            }
        }

        payload["iss"] = issuer;
        payload["sub"] = subject;
        payload["aud"] = audience;
        payload["iat"] = now.ToUnixTimeSeconds();
        payload["exp"] = (now + lifetime).ToUnixTimeSeconds();
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = payload,
            SigningCredentials = new SigningCredentials(store.KeyOf(providerName), SecurityAlgorithms.RsaSha256),
        });
    }

    public static EmulatedOidcProvider Register(EmulatorState state, Uri issuer, IReadOnlyList<string> clientIds)
    {
        var providerName = (issuer.Authority + issuer.AbsolutePath).TrimEnd('/');
        var provider = new EmulatedOidcProvider(
            issuer.AbsoluteUri.TrimEnd('/'), providerName, $"arn:aws:iam::{SocialProviderStore.Account}:oidc-provider/{providerName}", clientIds);
        SocialProviderStore.For(state).OidcProviders[providerName] = provider;
        return provider;
    }
}
