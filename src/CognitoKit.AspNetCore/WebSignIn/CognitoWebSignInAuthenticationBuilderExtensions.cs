using CognitoKit;
using CognitoKit.AspNetCore;
using CognitoKit.Hosted;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the web sign-in: a cookie session backed by the CognitoKit session store.</summary>
public static class CognitoWebSignInAuthenticationBuilderExtensions
{
    /// <summary>
    /// Adds the <see cref="CognitoWebSignInDefaults.AuthenticationScheme"/> cookie scheme whose cookie carries only an
    /// opaque session id (protected by Data Protection; HttpOnly, Secure, SameSite=Lax), while the user's tokens live in
    /// <c>cognito.Sessions</c> (the registered <see cref="ICognitoSessionStore"/>). Each request refreshes a due session
    /// before the app runs and rebuilds the principal from the validated ID token; a refused refresh signs the user out
    /// (pages redirect to <see cref="CognitoWebSignInOptions.SignInPath"/>, API requests get <c>401</c>). Also registers
    /// <see cref="ICognitoWebSignIn"/> for the app's own sign-in pages, and the signed-in user's session for
    /// <c>AddCognitoAccessToken()</c> clients. Needs <c>services.AddCognitoKit(...)</c>.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="configure">Changes the options; may be null.</param>
    /// <returns>The same builder.</returns>
    public static AuthenticationBuilder AddCognitoWebSignIn(this AuthenticationBuilder builder, Action<CognitoWebSignInOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        const string scheme = CognitoWebSignInDefaults.AuthenticationScheme;
        IServiceCollection services = builder.Services;
        services.AddDataProtection();
        services.AddAntiforgery();
        OptionsBuilder<CognitoWebSignInOptions> options = services.AddOptions<CognitoWebSignInOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.SignInPath.HasValue && o.IsApiRequest is not null && o.RefreshTokenLifetime > TimeSpan.Zero
                && o.ChallengeLifetime > TimeSpan.Zero && !string.IsNullOrEmpty(o.ChallengeCookieName) && !string.IsNullOrEmpty(o.DeviceName),
            "CognitoWebSignInOptions: SignInPath, IsApiRequest, ChallengeCookieName and DeviceName must be set, and the lifetimes positive.")
            .Validate(o => o.CallbackPath.HasValue && o.SignedOutCallbackPath.HasValue && o.CallbackPath != o.SignedOutCallbackPath,
                "CognitoWebSignInOptions: CallbackPath and SignedOutCallbackPath must be set, and differ.")
            .ValidateOnStart();

        builder.AddCookie(scheme, cookie =>
        {
            cookie.Cookie.Name = ".CognitoKit.Session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = false;
        });
        services.AddOptions<CookieAuthenticationOptions>(scheme).Configure<IServiceProvider>((cookie, sp) =>
        {
            CognitoWebSignInOptions web = sp.GetRequiredService<IOptions<CognitoWebSignInOptions>>().Value;
            cookie.LoginPath = web.SignInPath;
            cookie.ExpireTimeSpan = web.RefreshTokenLifetime;
            cookie.SessionStore = new WebSessionTicketStore(
                RequireCognito(sp), web, scheme, sp.GetService<TimeProvider>() ?? TimeProvider.System, Logger(sp));
            cookie.Events.OnValidatePrincipal = WebSessionTicketStore.ValidatePrincipalAsync;
            cookie.Events.OnRedirectToLogin = context => web.UseHostedUI && !web.IsApiRequest(context.HttpContext)
                ? context.HttpContext.ChallengeAsync(HostedCallbackHandler.SchemeName, context.Properties)
                : RedirectPagesOnly(context, web, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectPagesOnly(context, web, StatusCodes.Status403Forbidden);
        });

        builder.AddScheme<AuthenticationSchemeOptions, HostedCallbackHandler>(HostedCallbackHandler.SchemeName, displayName: null, configureOptions: null);
        services.TryAddSingleton(sp => new PendingChallenges(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton(sp => new WebSessionIssuer(RequireCognito(sp), sp.GetRequiredService<IOptions<CognitoWebSignInOptions>>().Value, scheme, Logger(sp)));
        services.TryAddSingleton(sp => new HostedWebSignIn(
            RequireCognito(sp),
            sp.GetRequiredService<IOptions<CognitoWebSignInOptions>>().Value,
            sp.GetRequiredService<IOptions<CognitoHostedUIOptions>>(),
            sp.GetRequiredService<IOptions<CognitoKitOptions>>(),
            sp.GetRequiredService<IDataProtectionProvider>(),
            scheme,
            sp.GetRequiredService<WebSessionIssuer>(),
            Logger(sp)));
        services.TryAddSingleton<ICognitoWebSignIn>(sp => new CognitoWebSignIn(
            RequireCognito(sp),
            sp.GetRequiredService<IOptions<CognitoWebSignInOptions>>().Value,
            scheme,
            sp.GetRequiredService<PendingChallenges>(),
            sp.GetRequiredService<IDataProtectionProvider>(),
            sp.GetService<CognitoDeviceCookie>(),
            sp.GetRequiredService<WebSessionIssuer>(),
            sp.GetRequiredService<HostedWebSignIn>(),
            Logger(sp)));
        if (!services.Any(d => d.ServiceType == typeof(ICognitoSessionAccessor)))
        {
            services.AddHttpContextCognitoSession();
        }

        return builder;
    }

    /// <summary>Pages are redirected; an API request gets <paramref name="apiStatusCode"/> instead.</summary>
    private static Task RedirectPagesOnly(RedirectContext<CookieAuthenticationOptions> context, CognitoWebSignInOptions web, int apiStatusCode)
    {
        if (web.IsApiRequest(context.HttpContext))
        {
            context.Response.StatusCode = apiStatusCode;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static ICognitoKit RequireCognito(IServiceProvider sp) =>
        sp.GetService<ICognitoKit>()
            ?? throw new InvalidOperationException("AddCognitoWebSignIn keeps sessions in cognito.Sessions: call services.AddCognitoKit(...) too.");

    private static ILogger Logger(IServiceProvider sp) =>
        sp.GetService<ILoggerFactory>()?.CreateLogger("CognitoKit.AspNetCore.WebSignIn") ?? NullLogger.Instance;
}
