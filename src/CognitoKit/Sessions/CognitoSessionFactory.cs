using CognitoKit.Events;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Tokens.Validation;

namespace CognitoKit.Sessions;

/// <summary>Builds sessions from Cognito's <c>AuthenticationResult</c>, reading expiries and the username from the tokens.</summary>
internal sealed class CognitoSessionFactory
{
    // 9999-12-31T23:59:59Z, the last second a DateTimeOffset can hold.
    private const long MaxUnixSeconds = 253_402_300_799;

    private readonly ISessionRefresher _refresher;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshMargin;

    public CognitoSessionFactory(ISessionRefresher refresher, TimeProvider time, TimeSpan refreshMargin)
    {
        _refresher = refresher;
        _time = time;
        _refreshMargin = refreshMargin;
    }

    /// <summary>The pool and app client this factory's sessions belong to; none checked when not set.</summary>
    public SessionOwner? Pool { get; init; }

    /// <summary>Who hears what happens to this factory's sessions.</summary>
    public CognitoKitEventHub Events { get; init; } = CognitoKitEventHub.None;

    /// <summary>A session from a completed sign-in.</summary>
    /// <exception cref="CognitoProtocolException">The result lacks the tokens, or they are not JWTs.</exception>
    public CognitoSession Create(AuthenticationResultType result, string? deviceKey)
    {
        ArgumentNullException.ThrowIfNull(result);
        CognitoTokens tokens = ReadTokens(result, previousRefreshToken: null, _time);
        string username = UsernameOf(tokens);
        return new CognitoSession(username, tokens, deviceKey ?? result.NewDeviceMetadata?.DeviceKey, _refresher, _time, _refreshMargin) { Events = Events };
    }

    /// <summary>A live session from a stored snapshot; it refreshes like the session it was taken from.</summary>
    /// <exception cref="ArgumentException">The snapshot lacks the username or a token.</exception>
    public CognitoSession Restore(CognitoSessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (string.IsNullOrEmpty(snapshot.Username) || string.IsNullOrEmpty(snapshot.IdToken) || string.IsNullOrEmpty(snapshot.AccessToken))
        {
            throw new ArgumentException("The session snapshot has no username, ID token or access token.", nameof(snapshot));
        }

        ThrowIfOfAnotherPool(snapshot.IdToken, snapshot.AccessToken, nameof(snapshot));

        return new CognitoSession(snapshot.Username, snapshot.ToTokens(), snapshot.DeviceKey, _refresher, _time, _refreshMargin) { Events = Events };
    }

    /// <summary>Refuses tokens issued by another user pool, or for another app client, than this factory's.</summary>
    /// <exception cref="CognitoSessionPoolMismatchException">They were.</exception>
    public void ThrowIfOfAnotherPool(string idToken, string accessToken, string parameterName) =>
        Pool?.ThrowIfOfAnotherPool(idToken, accessToken, parameterName);

    /// <summary>Reads the tokens of an <c>AuthenticationResult</c>; a missing refresh token keeps <paramref name="previousRefreshToken"/>.</summary>
    /// <exception cref="CognitoProtocolException">The result lacks the tokens, or they are not JWTs.</exception>
    public static CognitoTokens ReadTokens(AuthenticationResultType result, string? previousRefreshToken, TimeProvider time)
    {
        if (string.IsNullOrEmpty(result.IdToken) || string.IsNullOrEmpty(result.AccessToken))
        {
            throw new CognitoProtocolException("Cognito's AuthenticationResult has no ID or access token.", null, System.Net.HttpStatusCode.OK);
        }

        string id = Parse(result.IdToken);
        string access = Parse(result.AccessToken);
        DateTimeOffset now = time.GetUtcNow();
        DateTimeOffset fallback = now.AddSeconds(result.ExpiresIn ?? 3600);
        return new CognitoTokens(
            result.IdToken,
            result.AccessToken,
            string.IsNullOrEmpty(result.RefreshToken) ? previousRefreshToken : result.RefreshToken,
            SecondsClaim(id, "exp") ?? fallback,
            SecondsClaim(access, "exp") ?? fallback,
            string.IsNullOrEmpty(result.TokenType) ? "Bearer" : result.TokenType,
            SecondsClaim(access, "iat") ?? SecondsClaim(id, "iat"));
    }

    /// <summary>The username Cognito knows the user by: <c>username</c> of the access token, else <c>cognito:username</c>.</summary>
    /// <exception cref="CognitoProtocolException">Neither token carries a username.</exception>
    public static string UsernameOf(CognitoTokens tokens)
    {
        string? username = ClaimOf(tokens.AccessToken, "username") ?? ClaimOf(tokens.IdToken, "cognito:username");
        return username ?? throw new CognitoProtocolException("Cognito's tokens carry no username claim.", null, System.Net.HttpStatusCode.OK);
    }

    private static string Parse(string jwt) => UnverifiedJwtReader.IsReadable(jwt)
        ? jwt
        : throw new CognitoProtocolException("Cognito returned a token that is not a JWT.", null, System.Net.HttpStatusCode.OK);

    private static DateTimeOffset? SecondsClaim(string jwt, string claim) =>
        UnverifiedJwtReader.ReadInteger(jwt, claim) is { } seconds && seconds >= 0 && seconds <= MaxUnixSeconds
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static string? ClaimOf(string jwt, string claim) => UnverifiedJwtReader.ReadString(jwt, claim);
}
