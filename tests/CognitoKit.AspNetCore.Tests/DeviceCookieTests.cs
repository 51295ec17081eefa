using CognitoKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>
/// A web app's sign-in keeps each browser's remembered device in that browser (<see cref="CognitoDeviceCookie"/>): the
/// browser that remembered it skips MFA, another browser or another user of the same browser does not.
/// </summary>
public sealed class DeviceCookieTests(DeviceCookieSite site) : IClassFixture<DeviceCookieSite>
{
    private const string CookieName = "__Host-CognitoDevice";

    [Fact]
    public async Task SignIn_WritesAnHttpOnlySecureSameSiteStrictCookie_WhoseValueRevealsNothing()
    {
        string user = NewUser();
        string secret = await site.CreateTotpUserAsync(user);
        using var browser = new Browser(site.Address);

        (_, string body) = await browser.SignInAsync(user, DeviceCookieSite.Password, site.Emulator.TotpCode(secret, stepOffset: 1));

        Assert.Equal($"signed-in user={user} mfa=True refused=False", body);
        SetCookieHeaderValue cookie = Assert.Single(browser.LastSetCookies);
        Assert.Equal(CookieName, cookie.Name.ToString());
        Assert.True(cookie.HttpOnly);
        Assert.True(cookie.Secure);
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Strict, cookie.SameSite);
        Assert.Equal("/", cookie.Path.ToString());
        Assert.True(cookie.Expires > DateTimeOffset.UtcNow.AddDays(300));
        string value = cookie.Value.ToString();
        Assert.DoesNotContain(user, value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(site.Emulator.Region + "_", value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{0}@Example.COM")]
    public async Task BrowserA_SkipsMfaWithItsCookie_BrowserB_IsAskedForTotp(string typedLater)
    {
        string user = NewUser();
        string secret = await site.CreateTotpUserAsync(user);
        string typed = string.Format(System.Globalization.CultureInfo.InvariantCulture, typedLater, user.ToUpperInvariant());
        using var browserA = new Browser(site.Address);
        using var browserB = new Browser(site.Address);
        await browserA.SignInAsync(typedLater.Contains('@', StringComparison.Ordinal) ? user + "@example.com" : user, DeviceCookieSite.Password, site.Emulator.TotpCode(secret, stepOffset: 1));

        (_, string a) = await browserA.SignInAsync(typed, DeviceCookieSite.Password);
        (_, string b) = await browserB.SignInAsync(typed, DeviceCookieSite.Password);

        Assert.Equal($"signed-in user={user} mfa=False refused=False", a);
        Assert.Equal("totp-required", b);
    }

    [Fact]
    public async Task ASharedBrowser_DoesNotOfferOneUsersDeviceToAnother()
    {
        string xavier = NewUser();
        string yvonne = NewUser();
        string xSecret = await site.CreateTotpUserAsync(xavier);
        await site.CreateTotpUserAsync(yvonne);
        using var shared = new Browser(site.Address);
        await shared.SignInAsync(xavier, DeviceCookieSite.Password, site.Emulator.TotpCode(xSecret, stepOffset: 1));

        (_, string asYvonne) = await shared.SignInAsync(yvonne, DeviceCookieSite.Password);
        (_, string asXavier) = await shared.SignInAsync(xavier, DeviceCookieSite.Password);

        Assert.Equal("totp-required", asYvonne);
        Assert.DoesNotContain(site.Emulator.Requests.All, r => r.Operation == "InitiateAuth" && r.Body.Contains(yvonne, StringComparison.Ordinal) && r.Body.Contains("DEVICE_KEY", StringComparison.Ordinal));
        Assert.Equal($"signed-in user={xavier} mfa=False refused=False", asXavier);
    }

    [Theory]
    [InlineData("tamper")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public async Task ATamperedOrUnreadableCookie_ReadsAsNoDevice_NeverAnError(string damage)
    {
        string user = NewUser();
        string secret = await site.CreateTotpUserAsync(user);
        using var browser = new Browser(site.Address);
        await browser.SignInAsync(user, DeviceCookieSite.Password, site.Emulator.TotpCode(secret, stepOffset: 1));
        string value = browser.Cookies[CookieName];
        browser.Cookies[CookieName] = damage switch
        {
            "tamper" => value[..20] + (value[20] == 'A' ? 'B' : 'A') + value[21..],
            "garbage" => "not-base64-%%%!!",
            _ => "\"\"",
        };

        (int status, string body) = await browser.SignInAsync(user, DeviceCookieSite.Password);

        Assert.Equal(200, status);
        Assert.Equal("totp-required", body);
    }

    [Fact]
    public void Read_ACookieWrittenForAnotherUserPool_ReadsAsNoDevice()
    {
        var provider = new EphemeralDataProtectionProvider();
        var poolA = new CognitoDeviceCookie(provider, Options.Create(new CognitoDeviceCookieOptions { UserPoolId = "us-east-1_PoolA" }));
        var poolB = new CognitoDeviceCookie(provider, Options.Create(new CognitoDeviceCookieOptions { UserPoolId = "us-east-1_PoolB" }));
        var written = new DefaultHttpContext();
        string value = provider.CreateProtector("CognitoKit.AspNetCore.DeviceCookie", "us-east-1_PoolA").Protect(
            "{\"v\":1,\"u\":\"alice\",\"a\":\"alice\",\"k\":\"us-east-1_k\",\"g\":\"-g\",\"p\":\"pw\",\"x\":" + DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds() + "}");
        written.Request.Headers.Cookie = CookieName + "=" + value;

        Assert.Equal("us-east-1_k", poolA.Read(written, "ALICE")?.DeviceKey);
        Assert.Null(poolA.Read(written, "bob"));
        Assert.Null(poolB.Read(written, "alice"));
    }

    [Theory]
    [InlineData(Microsoft.AspNetCore.Http.SameSiteMode.None)]
    [InlineData(Microsoft.AspNetCore.Http.SameSiteMode.Unspecified)]
    public void AddCognitoDeviceCookie_WithSameSiteNone_IsRefusedAtStart(Microsoft.AspNetCore.Http.SameSiteMode sameSite)
    {
        var services = new ServiceCollection();
        services.AddCognitoDeviceCookie(o =>
        {
            o.UserPoolId = "us-east-1_Pool";
            o.SameSite = sameSite;
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<CognitoDeviceCookie>());

        Assert.Contains("SameSite must be Strict or Lax", ex.Message, StringComparison.Ordinal);
    }

    private static string NewUser() => "u" + Guid.NewGuid().ToString("N")[..10];
}
