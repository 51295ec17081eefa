using Microsoft.AspNetCore.Http;

namespace CognitoKit.AspNetCore;

/// <summary>
/// How <see cref="CognitoDeviceCookie"/> keeps a browser's device in that browser. Set with
/// <c>services.AddCognitoDeviceCookie(o =&gt; ...)</c>.
/// </summary>
/// <remarks>
/// The cookie is always <c>HttpOnly</c> (no script can read it), <c>Secure</c> (sent over HTTPS only) and
/// <c>Path=/</c>, and its value is encrypted with ASP.NET Core Data Protection under a purpose that names the user pool.
/// </remarks>
public sealed class CognitoDeviceCookieOptions
{
    /// <summary>
    /// The cookie's name. Default: <c>__Host-CognitoDevice</c>; the <c>__Host-</c> prefix makes browsers refuse the
    /// cookie unless it is Secure, has <c>Path=/</c> and no <c>Domain</c>, so a sibling subdomain cannot plant or
    /// overwrite it.
    /// </summary>
    public string CookieName { get; set; } = "__Host-CognitoDevice";

    /// <summary>
    /// The cookie's <c>SameSite</c> mode: <see cref="SameSiteMode.Strict"/> (default) or <see cref="SameSiteMode.Lax"/>;
    /// <c>None</c> and <c>Unspecified</c> are refused. Strict suits sign-in forms posted from your own pages: the
    /// browser never sends the device to a request another site starts. Choose Lax only if users reach your sign-in
    /// endpoint by a top-level navigation from another site and should still skip MFA there.
    /// </summary>
    public SameSiteMode SameSite { get; set; } = SameSiteMode.Strict;

    /// <summary>
    /// How long the browser keeps the device, and how long the server accepts it after it was written. Default: 365
    /// days; at most 400 days (browsers cap cookie lifetimes there).
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// The user pool the devices belong to; it is part of the Data Protection purpose, so a cookie written for one pool
    /// cannot be read for another. Default: <c>CognitoKitOptions.UserPoolId</c> from <c>AddCognitoKit</c>.
    /// </summary>
    public string? UserPoolId { get; set; }
}
