namespace CognitoKit.Hosted;

/// <summary>
/// The user pool domain answered with an OAuth error such as <c>invalid_grant</c> (a used, expired or unknown code or
/// refresh token, or a wrong PKCE verifier), <c>invalid_client</c>, <c>unauthorized_client</c>, <c>invalid_scope</c>
/// or <c>access_denied</c>.
/// </summary>
public sealed class OAuthErrorException : CognitoHostedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">The OAuth error code.</param>
    /// <param name="errorDescription">The domain's description, if any.</param>
    /// <param name="source">Where the error came from.</param>
    /// <param name="statusCode">The HTTP status of an endpoint answer; null for a callback.</param>
    public OAuthErrorException(string error, string? errorDescription, OAuthErrorSource source, int? statusCode = null)
        : base(Describe(error, errorDescription, source))
    {
        Error = error;
        ErrorDescription = errorDescription;
        Origin = source;
        StatusCode = statusCode;
    }

    /// <summary>The OAuth error code, such as <c>invalid_grant</c>.</summary>
    public string Error { get; }

    /// <summary>The domain's description of the error, if it gave one.</summary>
    public string? ErrorDescription { get; }

    /// <summary>Where the error came from.</summary>
    public OAuthErrorSource Origin { get; }

    /// <summary>The HTTP status of the endpoint's answer; null for a callback error.</summary>
    public int? StatusCode { get; }

    private static string Describe(string error, string? description, OAuthErrorSource source) =>
        (source == OAuthErrorSource.Callback ? "The user pool domain redirected back with OAuth error '" : "The user pool domain answered with OAuth error '")
        + error + "'" + (string.IsNullOrEmpty(description) ? "." : ": " + description);
}
