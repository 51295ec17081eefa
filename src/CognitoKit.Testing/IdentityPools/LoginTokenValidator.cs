using CognitoKit.Testing.Host;
using CognitoKit.Testing.SocialProviders;

namespace CognitoKit.Testing.IdentityPools;

/// <summary>
/// Checks one <c>Logins</c> entry the way Cognito Identity does for a user pool: the provider is one the identity
/// pool trusts, the token is an ID token signed by that pool's key, its issuer is that pool, its audience one of the
/// trusted app clients, and it has not expired on the emulator clock. Other providers (social, OIDC) go to
/// <see cref="SocialLoginValidator"/>.
/// </summary>
internal static class LoginTokenValidator
{
    public static VerifiedLogin Validate(EmulatorState state, IdentityPool identityPool, string providerName, string token)
    {
        if (ProviderNames.UserPoolIdOf(state, providerName) is null)
        {
            return SocialLoginValidator.Validate(state, identityPool, providerName, token);
        }

        var key = ProviderNames.Key(state, providerName);
        var trusted = identityPool.CognitoIdentityProviders.Where(p => ProviderNames.Key(state, p.ProviderName) == key).ToList();
        var viaOidc = identityPool.OpenIdConnectProviderArns
            .Select(ProviderNames.FromOidcArn)
            .Any(name => name is not null && ProviderNames.Key(state, name) == key);
        var userPoolId = ProviderNames.UserPoolIdOf(state, providerName);
        if ((trusted.Count == 0 && !viaOidc) || userPoolId is null)
        {
            throw IdentityErrors.NotAuthorized("Token is not from a supported provider of this identity pool.");
        }

        var jwt = JwtParts.TryParse(token) ?? throw IdentityErrors.InvalidLogin("Not a valid OpenId Connect identity token.");
        var userPool = state.UserPools.Find(userPoolId);
        if (userPool is null || jwt.String("iss") != state.IssuerFor(userPoolId))
        {
            throw IdentityErrors.InvalidLogin("Issuer doesn't match providerName");
        }

        var signingKey = jwt.HeaderString("kid") is { } kid ? userPool.Keys.Find(kid) : null;
        if (signingKey is null || !jwt.IsSignedBy(signingKey))
        {
            throw IdentityErrors.InvalidLogin("Couldn't verify signed token.");
        }

        var audiences = jwt.Audiences();
        if (audiences.Count == 0)
        {
            // What Cognito says when an access token (which has client_id, not aud) is sent instead of an ID token.
            throw IdentityErrors.InvalidLogin("Missing a required claim: aud");
        }

        if (jwt.String("token_use") != "id")
        {
            throw IdentityErrors.InvalidLogin("Not an ID token.");
        }

        var audienceTrusted = trusted.Count > 0
            ? audiences.Any(a => trusted.Any(p => p.ClientId == a))
            : audiences.Any(userPool.Clients.ContainsKey);
        if (!audienceTrusted)
        {
            throw IdentityErrors.InvalidLogin("Incorrect token audience.");
        }

        var now = state.Now.ToUnixTimeSeconds();
        var exp = jwt.Seconds("exp") ?? throw IdentityErrors.InvalidLogin("Missing a required claim: exp");
        if (now >= exp)
        {
            throw IdentityErrors.InvalidLogin($"Token expired: {now} >= {exp}");
        }

        var sub = jwt.String("sub") ?? throw IdentityErrors.InvalidLogin("Missing a required claim: sub");
        if (trusted.Any(p => p.ServerSideTokenCheck))
        {
            CheckServerSide(state, userPool, jwt, sub);
        }

        return new VerifiedLogin(key, providerName, sub);
    }

    // ServerSideTokenCheck asks the user pool whether the user is still signed in.
    private static void CheckServerSide(EmulatorState state, UserPools.UserPool userPool, JwtParts jwt, string sub)
    {
        if (jwt.String("origin_jti") is { } origin && state.RefreshTokens.IsRevoked(origin))
        {
            throw IdentityErrors.InvalidLogin("Token has been revoked.");
        }

        lock (userPool.Gate)
        {
            if (!userPool.UsersBySub.TryGetValue(sub, out var user) || !user.Enabled)
            {
                throw IdentityErrors.InvalidLogin("User is not found or disabled.");
            }
        }
    }
}
