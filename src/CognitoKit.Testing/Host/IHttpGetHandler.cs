namespace CognitoKit.Testing.Host;

/// <summary>Serves plain GET documents, such as a pool's JWKS and OpenID configuration.</summary>
internal interface IHttpGetHandler
{
    /// <summary>Writes the document for <paramref name="path"/> and returns true, or returns false when the path is not its own.</summary>
    ValueTask<bool> TryHandleGetAsync(HttpContext context, string path, CancellationToken cancellationToken);
}
