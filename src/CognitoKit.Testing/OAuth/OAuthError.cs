namespace CognitoKit.Testing.OAuth;

/// <summary>An OAuth error answer (<c>{"error":"invalid_grant"}</c>) thrown inside an endpoint and written by the dispatcher.</summary>
internal sealed class OAuthError : Exception
{
    public OAuthError(string error, string? description = null, int statusCode = 400)
        : base(description ?? error)
    {
        Error = error;
        Description = description;
        StatusCode = statusCode;
    }

    public string Error { get; }

    public string? Description { get; }

    public int StatusCode { get; }
}
