using System.Runtime.CompilerServices;
using CognitoKit.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.AspNetCore;

/// <summary>
/// Builds <see cref="TokenValidationParameters"/> from a <see cref="CognitoTokenValidator"/>, for apps that keep
/// Microsoft.IdentityModel (<c>JwtBearer</c>, <see cref="JsonWebTokenHandler"/>) and want it to refuse what CognitoKit refuses.
/// </summary>
/// <remarks>
/// <para>The parameters take the issuers (both forms of a pool configured by id), RS256 only, and the clock skew from the
/// validator; signing keys come from the validator's JWKS cache, so nothing else fetches them. The audience hook runs the
/// validator itself on the token with its cached keys, so <c>token_use</c>, the app client (<c>client_id</c> of access tokens,
/// <c>aud</c> of ID tokens), <c>iat</c>, required groups and scopes and the custom check apply exactly as in CognitoKit.</para>
/// <para>The keys must be cached before a token arrives: call <see cref="CognitoTokenValidator.PreloadAsync"/> at start-up,
/// or use <see cref="CognitoJwtBearerOptionsExtensions.UseCognito"/>, which loads them (and new keys after a rotation) as
/// requests need them. A token whose key is not cached is refused.</para>
/// </remarks>
public static class CognitoTokenValidationParameters
{
    private const string RS256 = "RS256";

    // One RsaSecurityKey per cached key, so Microsoft.IdentityModel's signature provider cache sees the same key each time.
    private static readonly ConditionalWeakTable<System.Security.Cryptography.RSA, RsaSecurityKey> Keys = new();

    /// <summary>Creates parameters that accept what <paramref name="validator"/> accepts for <paramref name="tokenUse"/>.</summary>
    /// <param name="validator">The validator whose pool, clients, skew, checks and key cache apply.</param>
    /// <param name="tokenUse">The kind of token accepted. Default <see cref="CognitoTokenUse.Access"/>, what an API should ask for.</param>
    /// <returns>New parameters; their claim names are Cognito's (<c>username</c> or <c>cognito:username</c>, <c>cognito:groups</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="validator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tokenUse"/> is neither <see cref="CognitoTokenUse.Access"/> nor <see cref="CognitoTokenUse.Id"/>.</exception>
    public static TokenValidationParameters Create(CognitoTokenValidator validator, CognitoTokenUse tokenUse = CognitoTokenUse.Access)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (tokenUse is not (CognitoTokenUse.Access or CognitoTokenUse.Id))
        {
            throw new ArgumentOutOfRangeException(nameof(tokenUse), tokenUse, "Expected CognitoTokenUse.Access or CognitoTokenUse.Id.");
        }

        CognitoTokenValidationOptions settings = validator.GetOptions();
        return new TokenValidationParameters
        {
            ValidIssuers = [.. validator.AcceptedIssuers],
            ValidateIssuer = settings.ValidateIssuer,
            ValidAlgorithms = [RS256],
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeyResolver = (_, securityToken, kid, _) => ResolveKey(validator, securityToken?.Issuer, kid),
            ValidateLifetime = settings.ValidateExpiration,
            RequireExpirationTime = settings.ValidateExpiration,
            ClockSkew = settings.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(validator.TimeProvider, settings, notBefore, expires),

            // Access tokens carry no aud, so the audience hook is where the client, token_use and every other CognitoKit
            // check is enforced: by the validator itself, on the token JwtBearer has already parsed.
            ValidateAudience = true,
            AudienceValidator = (_, securityToken, _) => Check(validator, securityToken, tokenUse),
            NameClaimType = tokenUse == CognitoTokenUse.Access ? "username" : "cognito:username",
            RoleClaimType = "cognito:groups",
        };
    }

    // The validator's clock, not the machine's, so both refuse a token at the same instant.
    private static bool IsWithinLifetime(TimeProvider clock, CognitoTokenValidationOptions settings, DateTime? notBefore, DateTime? expires)
    {
        DateTime now = clock.GetUtcNow().UtcDateTime;
        if (settings.ValidateExpiration && (expires is not { } exp || now - settings.ClockSkew >= exp))
        {
            throw new SecurityTokenExpiredException(expires is null ? "The token has no 'exp' claim." : "The token has expired.")
            {
                Expires = expires ?? DateTime.MinValue,
            };
        }

        if (settings.ValidateNotBefore && notBefore is { } nbf && now + settings.ClockSkew < nbf)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet ('nbf' is in the future).") { NotBefore = nbf };
        }

        return true;
    }

    private static IEnumerable<SecurityKey> ResolveKey(CognitoTokenValidator validator, string? issuer, string? kid)
    {
        if (!validator.TryGetCachedSigningKey(issuer, kid, out string keyId, out var rsa))
        {
            return [];
        }

        return [Keys.GetValue(rsa, r => new RsaSecurityKey(r) { KeyId = keyId })];
    }

    private static bool Check(CognitoTokenValidator validator, SecurityToken securityToken, CognitoTokenUse tokenUse)
    {
        if (securityToken is not JsonWebToken jwt)
        {
            throw new SecurityTokenValidationException("Only tokens read by JsonWebTokenHandler can be checked against the Cognito validator.");
        }

        CognitoTokenValidationResult result = validator.ValidateWithCachedKeys(jwt.EncodedToken, tokenUse);
        if (result.IsValid)
        {
            return true;
        }

        throw result.RejectionReason == TokenRejectionReason.WrongClient
            ? new SecurityTokenInvalidAudienceException(result.Message)
            : new CognitoSecurityTokenRejectedException(result.RejectionReason ?? TokenRejectionReason.Malformed, result.Message);
    }
}
