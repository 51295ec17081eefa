using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore;

/// <summary>
/// The scheme that answers the hosted UI's callback and signed-out callback paths from <c>app.UseAuthentication()</c>,
/// as ASP.NET Core's remote schemes do, and whose challenge sends the browser to the hosted UI. It authenticates nobody:
/// the session is the cookie scheme's.
/// </summary>
internal sealed class HostedCallbackHandler : AuthenticationHandler<AuthenticationSchemeOptions>, IAuthenticationRequestHandler
{
    /// <summary>The scheme's name.</summary>
    internal const string SchemeName = CognitoWebSignInDefaults.AuthenticationScheme + ".HostedUI";

    public HostedCallbackHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : base(options, logger, encoder)
    {
    }

    public async Task<bool> HandleRequestAsync()
    {
        HostedWebSignIn hosted = Context.RequestServices.GetRequiredService<HostedWebSignIn>();
        CognitoWebSignInOptions web = Context.RequestServices.GetRequiredService<IOptions<CognitoWebSignInOptions>>().Value;
        if (!hosted.IsConfigured || !HttpMethods.IsGet(Request.Method))
        {
            return false;
        }

        if (Request.Path == web.CallbackPath)
        {
            await hosted.CompleteAsync(Context, Context.RequestAborted).ConfigureAwait(false);
            return true;
        }

        if (Request.Path == web.SignedOutCallbackPath)
        {
            hosted.CompleteSignOut(Context);
            return true;
        }

        return false;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        string returnUrl = properties.RedirectUri ?? (OriginalPathBase + OriginalPath + Request.QueryString).ToString();
        Context.RequestServices.GetRequiredService<HostedWebSignIn>().Challenge(Context, returnUrl, identityProvider: null);
        return Task.CompletedTask;
    }
}
