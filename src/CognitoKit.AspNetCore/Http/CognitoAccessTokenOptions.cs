using CognitoKit.Tokens;

namespace CognitoKit.AspNetCore;

/// <summary>How <c>AddCognitoAccessToken()</c> authorizes one named <see cref="HttpClient"/>'s requests.</summary>
/// <remarks>Defaults: the access token; one retry with a freshly refreshed token after a <c>401</c>; the registered
/// <see cref="ICognitoSessionAccessor"/>.</remarks>
public sealed class CognitoAccessTokenOptions
{
    /// <summary>Which token is sent as the bearer. Default <see cref="CognitoTokenUse.Access"/>; some API Gateway authorizers want <see cref="CognitoTokenUse.Id"/>.</summary>
    public CognitoTokenUse TokenUse { get; set; } = CognitoTokenUse.Access;

    /// <summary>
    /// Whether a <c>401</c> is retried once with tokens refreshed on the spot. Default <see langword="true"/>. Request bodies
    /// are buffered in memory for the retry; turn this off for large uploads.
    /// </summary>
    public bool RetryOnUnauthorized { get; set; } = true;

    /// <summary>The accessor for this client only, instead of the registered one. Not set by default.</summary>
    public ICognitoSessionAccessor? SessionAccessor { get; set; }
}
