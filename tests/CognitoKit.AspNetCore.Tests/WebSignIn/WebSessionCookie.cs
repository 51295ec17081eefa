using CognitoKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore.Tests.WebSignIn;

/// <summary>What a browser's web sign-in cookie points at, read with the app's own keys as the cookie scheme does.</summary>
internal static class WebSessionCookie
{
    public const string Name = ".CognitoKit.Session";

    /// <summary>The session id inside the browser's (protected) cookie.</summary>
    public static string SessionId(WebApplication app, Browser browser)
    {
        CookieAuthenticationOptions options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CognitoWebSignInDefaults.AuthenticationScheme);
        AuthenticationTicket? ticket = options.TicketDataFormat.Unprotect(browser.Cookies[Name]);
        Assert.NotNull(ticket);
        return ticket.Principal.Claims.Single().Value;
    }

    /// <summary>The session the browser's cookie points at, from the app's session store.</summary>
    public static async Task<CognitoSession> SessionAsync(WebApplication app, Browser browser)
    {
        CognitoSession? session = await app.Services.GetRequiredService<ICognitoKit>().Sessions.GetAsync(WebSessionTicketStore.StoreKey(SessionId(app, browser)));
        return Assert.IsType<CognitoSession>(session);
    }
}
