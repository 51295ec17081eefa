using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore;

/// <summary>
/// Keeps a browser's remembered device in that browser: an HttpOnly, Secure, SameSite cookie whose value is encrypted
/// with ASP.NET Core Data Protection and bound to the user it was issued to. Register with
/// <c>services.AddCognitoDeviceCookie()</c>; in the sign-in endpoint, pass <see cref="Read"/> to <c>WithDevice</c> and
/// the finished <see cref="SignedIn"/> to <see cref="Write"/>.
/// </summary>
/// <remarks>
/// The server keeps nothing: each browser presents only its own device, so a device remembered by one browser never
/// lets another browser skip MFA. A cookie that was tampered with, cannot be decrypted (keys rotated away, another
/// pool), has expired, or was issued to another user reads as "no device"; it never fails the request. With several
/// server instances, give Data Protection a shared key ring (<c>PersistKeysTo...</c>) so every instance can read it.
/// </remarks>
public sealed class CognitoDeviceCookie
{
    private const string Purpose = "CognitoKit.AspNetCore.DeviceCookie";
    private readonly IDataProtector _protector;
    private readonly CognitoDeviceCookieOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the keeper (dependency injection does this; see <c>AddCognitoDeviceCookie</c>).</summary>
    /// <param name="dataProtection">Data Protection, which encrypts the cookie.</param>
    /// <param name="options">The cookie options.</param>
    /// <param name="cognitoOptions">CognitoKit's options, for the default user pool id.</param>
    /// <param name="time">The clock that expires cookies; default the system clock.</param>
    /// <param name="logger">Logs unreadable cookies (never their content).</param>
    /// <exception cref="InvalidOperationException">No user pool id is configured.</exception>
    public CognitoDeviceCookie(
        IDataProtectionProvider dataProtection,
        IOptions<CognitoDeviceCookieOptions> options,
        IOptions<CognitoKitOptions>? cognitoOptions = null,
        TimeProvider? time = null,
        ILogger<CognitoDeviceCookie>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(dataProtection);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        string? userPoolId = string.IsNullOrWhiteSpace(_options.UserPoolId) ? cognitoOptions?.Value.UserPoolId : _options.UserPoolId;
        if (string.IsNullOrWhiteSpace(userPoolId))
        {
            throw new InvalidOperationException(
                "The device cookie needs a user pool id: set CognitoDeviceCookieOptions.UserPoolId or call AddCognitoKit with a UserPoolId.");
        }

        _protector = dataProtection.CreateProtector(Purpose, userPoolId);
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// The device this browser kept for the user now signing in, or <c>null</c>: no cookie, a cookie issued to another
    /// user (compared with the username and the alias typed then, ignoring case), or one that cannot be read.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="typedUsername">What the user typed to sign in (a username, or an alias such as an email address).</param>
    /// <returns>The device to pass to <c>WithDevice</c>, or <c>null</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="typedUsername"/> is null or empty.</exception>
    public DeviceSecrets? Read(HttpContext context, string typedUsername)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(typedUsername);
        if (!context.Request.Cookies.TryGetValue(_options.CookieName, out string? value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        DeviceCookiePayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(_protector.Unprotect(value), DeviceCookieJsonContext.Default.DeviceCookiePayload);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or JsonException)
        {
            DeviceCookieLog.Unreadable(_logger, ex.GetType().Name);
            return null;
        }

        if (payload is not { Version: DeviceCookiePayload.CurrentVersion, DeviceKey: { Length: > 0 } key, DeviceGroupKey: { Length: > 0 } group, DevicePassword: { Length: > 0 } password }
            || payload.ExpiresAt <= _time.GetUtcNow().ToUnixTimeSeconds())
        {
            DeviceCookieLog.Unreadable(_logger, "expired or incomplete");
            return null;
        }

        return payload.BelongsTo(typedUsername) ? new DeviceSecrets(key, group, password) : null;
    }

    /// <summary>
    /// Keeps what a finished sign-in says about this browser's device: the new device's secrets when the sign-in
    /// confirmed one (replacing any kept before), else removes a device Cognito refused; otherwise leaves the cookie.
    /// </summary>
    /// <param name="context">The request whose response carries the cookie.</param>
    /// <param name="typedUsername">What the user typed to sign in; recorded so the next <see cref="Read"/> finds it.</param>
    /// <param name="signedIn">The finished sign-in.</param>
    /// <exception cref="ArgumentException"><paramref name="typedUsername"/> is null or empty.</exception>
    public void Write(HttpContext context, string typedUsername, SignedIn signedIn)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(typedUsername);
        ArgumentNullException.ThrowIfNull(signedIn);
        if (signedIn.NewDevice is not { } device)
        {
            if (signedIn.DeviceRefused)
            {
                Remove(context);
            }

            return;
        }

        DateTimeOffset expires = _time.GetUtcNow() + _options.MaxAge;
        var payload = new DeviceCookiePayload
        {
            Version = DeviceCookiePayload.CurrentVersion,
            Username = signedIn.Session.Username,
            TypedUsername = typedUsername,
            DeviceKey = device.Secrets.DeviceKey,
            DeviceGroupKey = device.Secrets.DeviceGroupKey,
            DevicePassword = device.Secrets.DevicePassword,
            ExpiresAt = expires.ToUnixTimeSeconds(),
        };
        string value = _protector.Protect(JsonSerializer.Serialize(payload, DeviceCookieJsonContext.Default.DeviceCookiePayload));
        context.Response.Cookies.Append(_options.CookieName, value, CookieOptions(expires));
    }

    /// <summary>Removes this browser's device cookie (after the user forgets the device, or signs out for good).</summary>
    /// <param name="context">The request whose response removes the cookie.</param>
    public void Remove(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(_options.CookieName, CookieOptions(expires: null));
    }

    private CookieOptions CookieOptions(DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = _options.SameSite,
        Path = "/",
        IsEssential = true,
        Expires = expires,
        MaxAge = expires is null ? null : _options.MaxAge,
    };

    /// <summary>Names the cookie, never its content.</summary>
    /// <returns>The cookie name.</returns>
    public override string ToString() => $"CognitoDeviceCookie {{ CookieName = {_options.CookieName} }}";
}
