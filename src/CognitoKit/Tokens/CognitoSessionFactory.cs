using CognitoKit.Protocol.UserPools;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CognitoKit.Tokens;

/// <summary>Builds sessions from Cognito's <c>AuthenticationResult</c>, reading expiries and the username from the tokens.</summary>
internal sealed class CognitoSessionFactory
{
    private readonly ISessionRefresher _refresher;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshMargin;

    public CognitoSessionFactory(ISessionRefresher refresher, TimeProvider time, TimeSpan refreshMargin)
    {
        _refresher = refresher;
        _time = time;
        _refreshMargin = refreshMargin;
    }

    /// <summary>A session from a completed sign-in.</summary>
    /// <exception cref="CognitoProtocolException">The result lacks the tokens, or they are not JWTs.</exception>
    public CognitoSession Create(AuthenticationResultType result, string? deviceKey)
    {
        CognitoTokens tokens = ReadTokens(result, previousRefreshToken: null, _time);
        string username = UsernameOf(tokens);
        return new CognitoSession(username, tokens, deviceKey ?? result.NewDeviceMetadata?.DeviceKey, _refresher, _time, _refreshMargin);
    }

    /// <summary>Reads the tokens of an <c>AuthenticationResult</c>; a missing refresh token keeps <paramref name="previousRefreshToken"/>.</summary>
    public static CognitoTokens ReadTokens(AuthenticationResultType result, string? previousRefreshToken, TimeProvider time)
    {
        if (string.IsNullOrEmpty(result.IdToken) || string.IsNullOrEmpty(result.AccessToken))
        {
            throw new CognitoProtocolException("Cognito's AuthenticationResult has no ID or access token.", null, System.Net.HttpStatusCode.OK);
        }

        DateTimeOffset fallback = time.GetUtcNow().AddSeconds(result.ExpiresIn ?? 3600);
        return new CognitoTokens(
            result.IdToken,
            result.AccessToken,
            result.RefreshToken ?? previousRefreshToken,
            ExpiryOf(result.IdToken, fallback),
            ExpiryOf(result.AccessToken, fallback),
            result.TokenType ?? "Bearer");
    }

    /// <summary>The username Cognito knows the user by: <c>username</c> of the access token, else <c>cognito:username</c>.</summary>
    public static string UsernameOf(CognitoTokens tokens)
    {
        string? username = ClaimOf(tokens.AccessToken, "username") ?? ClaimOf(tokens.IdToken, "cognito:username");
        return username ?? throw new CognitoProtocolException("Cognito's tokens carry no username claim.", null, System.Net.HttpStatusCode.OK);
    }

    private static DateTimeOffset ExpiryOf(string jwt, DateTimeOffset fallback)
    {
        try
        {
            var token = new JsonWebToken(jwt);
            return token.TryGetPayloadValue<long>("exp", out long exp) ? DateTimeOffset.FromUnixTimeSeconds(exp) : fallback;
        }
        catch (ArgumentException)
        {
            throw new CognitoProtocolException("Cognito returned a token that is not a JWT.", null, System.Net.HttpStatusCode.OK);
        }
    }

    private static string? ClaimOf(string jwt, string claim)
    {
        try
        {
            return new JsonWebToken(jwt).TryGetPayloadValue<string>(claim, out string? value) ? value : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
