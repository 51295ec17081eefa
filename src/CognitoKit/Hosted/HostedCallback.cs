namespace CognitoKit.Hosted;

/// <summary>What the user pool domain sent back to the redirect URI: a code, or an OAuth error.</summary>
/// <param name="Code">The authorization code, when sign-in succeeded.</param>
/// <param name="State">The <c>state</c> echoed back.</param>
/// <param name="Error">The OAuth error code (<c>access_denied</c>, <c>invalid_request</c>, ...), when sign-in failed.</param>
/// <param name="ErrorDescription">The domain's description of the error.</param>
public sealed record HostedCallback(string? Code, string? State, string? Error, string? ErrorDescription)
{
    /// <summary>Reads the query of the callback address.</summary>
    /// <param name="callbackUri">The full address the browser was sent to.</param>
    /// <returns>The parsed callback.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="callbackUri"/> is null.</exception>
    /// <exception cref="ArgumentException">The address is relative.</exception>
    public static HostedCallback Parse(Uri callbackUri)
    {
        ArgumentNullException.ThrowIfNull(callbackUri);
        if (!callbackUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The callback address must be absolute.", nameof(callbackUri));
        }

        return ParseQuery(callbackUri.Query);
    }

    /// <summary>Reads a query string such as <c>?code=...&amp;state=...</c>.</summary>
    /// <param name="query">The query, with or without the leading <c>?</c>.</param>
    /// <returns>The parsed callback.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public static HostedCallback ParseQuery(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyDictionary<string, string> values = FormText.ParseQuery(query);
        return new HostedCallback(
            values.GetValueOrDefault("code"),
            values.GetValueOrDefault("state"),
            values.GetValueOrDefault("error"),
            values.GetValueOrDefault("error_description"));
    }

    /// <summary>Describes the callback without the code.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() => $"HostedCallback {{ Code = {(Code is null ? "null" : "***")}, State = {State}, Error = {Error} }}";
}
