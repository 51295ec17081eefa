using System.Text.Json;
using CognitoKit.Sessions;

namespace CognitoKit;

/// <summary>
/// Everything needed to bring a session back: its tokens, the username Cognito knows the user by, and the remembered
/// device. Plain data, serializable with <c>System.Text.Json</c> (or <see cref="ToJson"/>), for an
/// <see cref="ICognitoSessionStore"/> such as a distributed cache.
/// </summary>
/// <remarks>
/// A snapshot holds a refresh token: whoever has it can act as the user until it expires or is revoked. Keep it
/// server-side, encrypted at rest where the store allows. <see cref="ToString"/> never shows a token.
/// Turn it back into a live session with <c>cognito.Sessions.Restore(snapshot)</c>.
/// </remarks>
public sealed record CognitoSessionSnapshot
{
    /// <summary>The username Cognito knows the user by (<c>cognito:username</c>).</summary>
    public required string Username { get; init; }

    /// <summary>The key of the remembered device, if any.</summary>
    public string? DeviceKey { get; init; }

    /// <summary>The ID token (JWT).</summary>
    public required string IdToken { get; init; }

    /// <summary>The access token (JWT).</summary>
    public required string AccessToken { get; init; }

    /// <summary>The refresh token, when there is one.</summary>
    public string? RefreshToken { get; init; }

    /// <summary>When the ID token expires.</summary>
    public DateTimeOffset IdTokenExpiresAt { get; init; }

    /// <summary>When the access token expires.</summary>
    public DateTimeOffset AccessTokenExpiresAt { get; init; }

    /// <summary>When the tokens were issued, when known.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>The token type, normally <c>Bearer</c>.</summary>
    public string TokenType { get; init; } = "Bearer";

    /// <summary>Serializes the snapshot to JSON (camelCase members), without reflection.</summary>
    /// <returns>The JSON text; it contains the tokens.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, CognitoSessionSnapshotJsonContext.Default.CognitoSessionSnapshot);

    /// <summary>Reads a snapshot written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not a session snapshot.</exception>
    public static CognitoSessionSnapshot FromJson(string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        CognitoSessionSnapshot? snapshot;
        try
        {
            snapshot = JsonSerializer.Deserialize(json, CognitoSessionSnapshotJsonContext.Default.CognitoSessionSnapshot);
        }
        catch (JsonException ex)
        {
            // JsonException names the path, never the values, so it is safe to keep as the cause.
            throw new ArgumentException("The text is not a CognitoKit session snapshot: " + ex.Message, nameof(json), ex);
        }

        if (snapshot is null || string.IsNullOrEmpty(snapshot.Username) || string.IsNullOrEmpty(snapshot.IdToken) || string.IsNullOrEmpty(snapshot.AccessToken))
        {
            throw new ArgumentException("The text is not a CognitoKit session snapshot: it lacks the username, ID token or access token.", nameof(json));
        }

        return snapshot;
    }

    /// <summary>Describes the snapshot without any token.</summary>
    /// <returns>The username, device and expiry.</returns>
    public override string ToString()
    {
        DateTimeOffset expiresAt = IdTokenExpiresAt < AccessTokenExpiresAt ? IdTokenExpiresAt : AccessTokenExpiresAt;
        return $"CognitoSessionSnapshot {{ Username = {Username}, DeviceKey = {DeviceKey ?? "none"}, ExpiresAt = {expiresAt:O}, HasRefreshToken = {RefreshToken is not null} }}";
    }

    internal static CognitoSessionSnapshot From(string username, string? deviceKey, CognitoTokens tokens) => new()
    {
        Username = username,
        DeviceKey = deviceKey,
        IdToken = tokens.IdToken,
        AccessToken = tokens.AccessToken,
        RefreshToken = tokens.RefreshToken,
        IdTokenExpiresAt = tokens.IdTokenExpiresAt,
        AccessTokenExpiresAt = tokens.AccessTokenExpiresAt,
        IssuedAt = tokens.IssuedAt,
        TokenType = tokens.TokenType,
    };

    internal CognitoTokens ToTokens() =>
        new(IdToken, AccessToken, RefreshToken, IdTokenExpiresAt, AccessTokenExpiresAt, TokenType, IssuedAt);
}
