using System.Text;
using System.Text.Json;
using CognitoKit.Protocol.UserPools;

namespace CognitoKit.Tests.Sessions;

/// <summary>Unsigned Cognito-shaped tokens: sessions read claims, they never check signatures.</summary>
internal static class FakeJwt
{
    private static int _serial;

    public static string Create(IReadOnlyDictionary<string, object> claims)
    {
        string header = Encode("""{"alg":"RS256","kid":"test"}""");
        string payload = Encode(JsonSerializer.Serialize(claims));
        return $"{header}.{payload}.c2lnbmF0dXJl";
    }

    /// <summary>An AuthenticationResult as Cognito returns it: ID and access tokens issued now, living <paramref name="lifetime"/>.</summary>
    public static AuthenticationResultType Result(TimeProvider clock, string username, TimeSpan lifetime, string? refreshToken)
    {
        long iat = clock.GetUtcNow().ToUnixTimeSeconds();
        long exp = iat + (long)lifetime.TotalSeconds;
        int serial = Interlocked.Increment(ref _serial);
        return new AuthenticationResultType
        {
            IdToken = Create(new Dictionary<string, object>
            {
                ["sub"] = "sub-" + username, ["cognito:username"] = username, ["token_use"] = "id", ["iat"] = iat, ["exp"] = exp, ["jti"] = $"id-{serial}",
            }),
            AccessToken = Create(new Dictionary<string, object>
            {
                ["sub"] = "sub-" + username, ["username"] = username, ["token_use"] = "access", ["iat"] = iat, ["exp"] = exp, ["jti"] = $"access-{serial}",
            }),
            RefreshToken = refreshToken,
            ExpiresIn = (int)lifetime.TotalSeconds,
            TokenType = "Bearer",
        };
    }

    private static string Encode(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
