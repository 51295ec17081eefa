using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Tokens;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Auth;

/// <summary>REFRESH_TOKEN_AUTH and GetTokensFromRefreshToken (with optional rotation).</summary>
internal sealed partial class AuthOperations
{
    private JsonObject GetTokensFromRefreshToken(AwsJsonRequest r)
    {
        var (pool, client) = ClientFor(r, admin: false);
        if (!client.Allows("ALLOW_REFRESH_TOKEN_AUTH"))
        {
            throw AwsServiceException.InvalidParameter("REFRESH_TOKEN_AUTH flow not enabled for this client");
        }

        SecretHash.VerifyClientSecret(client, r.OptionalString("ClientSecret"));
        return new JsonObject { ["AuthenticationResult"] = Refresh(pool, client, r.RequiredString("RefreshToken"), null, r.OptionalString("DeviceKey"), hashRequired: false) };
    }

    private JsonObject Refresh(UserPool pool, UserPoolClient client, string token, string? secretHash, string? deviceKey, bool hashRequired)
    {
        var now = state.Now;
        var session = state.RefreshTokens.Find(token);
        if (session is null || session.ClientId != client.ClientId || session.PoolId != pool.Id)
        {
            throw AwsServiceException.NotAuthorized("Invalid Refresh Token");
        }

        if (session.Revoked)
        {
            throw AwsServiceException.NotAuthorized("Refresh Token has been revoked");
        }

        if (now >= session.ExpiresAt)
        {
            throw AwsServiceException.NotAuthorized("Refresh Token has expired");
        }

        lock (pool.Gate)
        {
            var user = pool.UsersBySub.GetValueOrDefault(session.Sub) ?? throw AwsServiceException.NotAuthorized("User does not exist.");
            if (hashRequired)
            {
                SecretHash.Verify(client, secretHash, user.Username, user.Sub);
            }

            if (!user.Enabled)
            {
                throw AwsServiceException.NotAuthorized("User is disabled.");
            }

            if (session.AwaitsDeviceConfirmation(user)
                || (deviceKey is not null && session.DeviceKey is not null && deviceKey != session.DeviceKey))
            {
                throw AwsServiceException.NotAuthorized("Invalid Refresh Token");
            }

            if (client.RefreshTokenRotation)
            {
                if (session.ReplacedAt is { } replaced && now > replaced + TimeSpan.FromSeconds(client.RefreshTokenRotationGraceSeconds))
                {
                    Revocation.Revoke(state, user, session.OriginJti);
                    throw new AwsServiceException("RefreshTokenReuseException", "Refresh token has been reused.");
                }

                session.ReplacedAt ??= now;
            }

            return TokenIssuer.Issue(state, pool, client, user, new SignInGrant(session.OriginJti, session.AuthTime, session.DeviceKey), includeRefreshToken: client.RefreshTokenRotation, "TokenGeneration_RefreshTokens");
        }
    }
}
