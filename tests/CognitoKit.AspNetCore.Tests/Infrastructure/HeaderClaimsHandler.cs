using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>
/// Another scheme of the same app, standing in for a cookie or a second bearer: it signs in anyone who sends
/// <c>X-Claims: type=value;type=value</c>, with exactly those claims, so a test can offer Cognito-looking claims that no
/// Cognito pool issued.
/// </summary>
public sealed class HeaderClaimsHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "HeaderClaims";
    public const string Header = "X-Claims";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers[Header];
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, "someone-else"),
            .. header.Split(';').Select(pair => pair.Split('=', 2)).Select(pair => new Claim(pair[0], pair[1])),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
