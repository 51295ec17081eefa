using System.Net;
using System.Security.Cryptography;
using System.Text;
using CognitoKit.Hosted;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Tests.Hosted;

public sealed class HostedUITests
{
    private static readonly FakeDomainHandler Unreachable = new((_, _) => throw new InvalidOperationException("No request was expected."));

    private static ICognitoHostedUI HostedUI(FakeDomainHandler handler, string? secret = null) =>
        HostedTestServices.Build(handler, secret).GetRequiredService<ICognitoKit>().HostedUI;

    private static IReadOnlyDictionary<string, string> Query(Uri uri) => FormText.ParseQuery(uri.Query);

    [Fact]
    public void CreateAuthorization_SendsCodeFlowWithS256ChallengeOfTheKeptVerifier_StateNonceAndScopes()
    {
        var authorization = HostedUI(Unreachable).CreateAuthorization();
        var query = Query(authorization.AuthorizationUri);

        Assert.Equal("https://my-app.auth.eu-west-1.amazoncognito.com/oauth2/authorize", authorization.AuthorizationUri.GetLeftPart(UriPartial.Path));
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("client123", query["client_id"]);
        Assert.Equal("https://app.example.com/callback", query["redirect_uri"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(authorization.CodeVerifier))), query["code_challenge"]);
        Assert.Equal(authorization.State, query["state"]);
        Assert.Equal(authorization.Nonce, query["nonce"]);
        Assert.Equal("openid email profile", query["scope"]);
        Assert.InRange(authorization.CodeVerifier.Length, 43, 128);
    }

    [Fact]
    public void CreateAuthorization_TwiceGivesDifferentStateNonceAndVerifier()
    {
        var hosted = HostedUI(Unreachable);

        var first = hosted.CreateAuthorization();
        var second = hosted.CreateAuthorization();

        Assert.NotEqual(first.State, second.State);
        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.NotEqual(first.CodeVerifier, second.CodeVerifier);
    }

    [Fact]
    public void CreateAuthorization_WithAProvider_SendsIdentityProvider_AndIdpIdentifierWhenGiven()
    {
        var hosted = HostedUI(Unreachable);

        var google = Query(hosted.CreateAuthorization(new HostedSignInCommand { IdentityProvider = HostedIdentityProviders.Google }).AuthorizationUri);
        var byDomain = Query(hosted.CreateAuthorization(new HostedSignInCommand { IdpIdentifier = "example.com", Scopes = ["openid"] }).AuthorizationUri);

        Assert.Equal("Google", google["identity_provider"]);
        Assert.Equal("example.com", byDomain["idp_identifier"]);
        Assert.Equal("openid", byDomain["scope"]);
        Assert.False(byDomain.ContainsKey("identity_provider"));
    }

    [Fact]
    public void CreateAuthorization_WithBothProviderAndIdentifier_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => HostedUI(Unreachable).CreateAuthorization(new HostedSignInCommand { IdentityProvider = "Google", IdpIdentifier = "example.com" }));

        Assert.Equal("command", error.ParamName);
    }

    [Fact]
    public async Task CompleteSignIn_WithWrongState_ThrowsStateMismatch_BeforeAnyRequest()
    {
        var handler = new FakeDomainHandler((_, _) => Task.FromResult(FakeDomainHandler.Json("{}")));
        var hosted = HostedUI(handler);
        var authorization = hosted.CreateAuthorization();

        await Assert.ThrowsAsync<HostedStateMismatchException>(() => hosted.CompleteSignInAsync(new Uri("https://app.example.com/callback?code=abc&state=forged"), authorization));
        await Assert.ThrowsAsync<HostedStateMismatchException>(() => hosted.CompleteSignInAsync(new Uri("https://app.example.com/callback?code=abc"), authorization));

        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task CompleteSignIn_WithAnErrorCallback_ThrowsTypedOAuthError()
    {
        var hosted = HostedUI(Unreachable);
        var authorization = hosted.CreateAuthorization();
        var callback = new Uri($"https://app.example.com/callback?error=access_denied&error_description=User+cancelled&state={Uri.EscapeDataString(authorization.State)}");

        var error = await Assert.ThrowsAsync<OAuthErrorException>(() => hosted.CompleteSignInAsync(callback, authorization));

        Assert.Equal("access_denied", error.Error);
        Assert.Equal("User cancelled", error.ErrorDescription);
        Assert.Equal(OAuthErrorSource.Callback, error.Origin);
    }

    [Fact]
    public async Task ExchangeCode_ForAConfidentialClient_UsesClientSecretBasic_AndPostsTheVerifier()
    {
        var handler = new FakeDomainHandler((_, _) => Task.FromResult(FakeDomainHandler.Json("""{"access_token":"a.b.c","id_token":"d.e.f","refresh_token":"r","expires_in":3600,"token_type":"Bearer"}""")));
        var hosted = HostedUI(handler, secret: "s3cret");

        var tokens = await hosted.ExchangeCodeAsync("the-code", "the-verifier", new Uri("https://app.example.com/callback"));

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("https://my-app.auth.eu-west-1.amazoncognito.com/oauth2/token", request.RequestUri!.AbsoluteUri);
        Assert.Equal("Basic", request.Headers.Authorization!.Scheme);
        Assert.Equal("client123:s3cret", Encoding.UTF8.GetString(Convert.FromBase64String(request.Headers.Authorization.Parameter!)));
        var form = FormText.ParseQuery(body);
        Assert.Equal("authorization_code", form["grant_type"]);
        Assert.Equal("the-code", form["code"]);
        Assert.Equal("the-verifier", form["code_verifier"]);
        Assert.False(form.ContainsKey("client_secret"));
        Assert.Equal("r", tokens.RefreshToken);
        Assert.DoesNotContain("a.b.c", tokens.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_WhenTheDomainAnswersInvalidGrant_ThrowsOAuthErrorWithTheCode()
    {
        var handler = new FakeDomainHandler((_, _) => Task.FromResult(FakeDomainHandler.Json("""{"error":"invalid_grant"}""", HttpStatusCode.BadRequest)));

        var error = await Assert.ThrowsAsync<OAuthErrorException>(() => HostedUI(handler).RefreshAsync("refresh"));

        Assert.Equal("invalid_grant", error.Error);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal(OAuthErrorSource.Endpoint, error.Origin);
    }

    [Fact]
    public void BuildLogoutUri_NamesTheClientAndTheLogoutUri()
    {
        var uri = HostedUI(Unreachable).BuildLogoutUri();
        var query = Query(uri);

        Assert.Equal("https://my-app.auth.eu-west-1.amazoncognito.com/logout", uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("client123", query["client_id"]);
        Assert.Equal("https://app.example.com/", query["logout_uri"]);
    }

    [Fact]
    public void HostedCallback_Parse_ReadsCodeStateAndErrors_AndHidesTheCode()
    {
        var ok = HostedCallback.Parse(new Uri("https://app.example.com/cb?code=c0de&state=s%2B1"));
        var failed = HostedCallback.ParseQuery("?error=invalid_request&error_description=bad+thing");

        Assert.Equal("c0de", ok.Code);
        Assert.Equal("s+1", ok.State);
        Assert.Equal("invalid_request", failed.Error);
        Assert.Equal("bad thing", failed.ErrorDescription);
        Assert.DoesNotContain("c0de", ok.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CognitoDomain_RejectsAPrefixThatIsNotAHostLabel()
    {
        Assert.Equal("https://my-app.auth.us-east-1.amazoncognito.com/", CognitoHostedUIOptions.CognitoDomain("my-app", "us-east-1").AbsoluteUri);
        Assert.Throws<ArgumentException>(() => CognitoHostedUIOptions.CognitoDomain("My App", "us-east-1"));
    }

    [Fact]
    public void CreateAuthorization_WithoutADomain_NamesTheMissingSetting()
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = "eu-west-1_AbCdEf123";
            o.ClientId = "client123";
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ICognitoKit>().HostedUI.CreateAuthorization(new HostedSignInCommand { RedirectUri = new Uri("https://app.example.com/cb") }));

        Assert.Contains("CognitoKit:HostedUI:Domain", error.Message, StringComparison.Ordinal);
    }
}
