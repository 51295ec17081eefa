namespace CognitoKit.Hosted;

/// <summary>A machine-to-machine access token from the client-credentials grant.</summary>
/// <param name="AccessToken">The access token, for an <c>Authorization: Bearer</c> header.</param>
/// <param name="ExpiresAt">When it expires.</param>
/// <param name="Scopes">The scopes it was asked for (sorted); empty when the client's allowed scopes were asked for.</param>
public sealed record ClientCredentialsToken(string AccessToken, DateTimeOffset ExpiresAt, IReadOnlyList<string> Scopes)
{
    /// <summary>Describes the token without its value.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() => $"ClientCredentialsToken {{ AccessToken = ***, ExpiresAt = {ExpiresAt:O}, Scopes = [{string.Join(' ', Scopes)}] }}";
}
