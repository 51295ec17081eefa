using System.Net;
using CognitoKit.Hosted;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CognitoKit.BrowserTests;

/// <summary>The authorization code flow between CognitoKit and the emulator's domain, without a browser.</summary>
public sealed class CodeFlowEmulatorTests
{
    [Fact]
    public async Task CompleteSignIn_WithTheHostedForm_ReturnsASessionWhoseIdTokenCarriesTheNonce()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        var authorization = harness.Cognito.HostedUI.CreateAuthorization();

        var callback = await harness.SignInAsync(authorization.AuthorizationUri);
        var session = await harness.Cognito.HostedUI.CompleteSignInAsync(callback, authorization);

        Assert.Equal(HostedDomainHarness.Username, session.Username);
        Assert.NotNull(session.Tokens.RefreshToken);
        var id = new JsonWebToken(session.Tokens.IdToken);
        Assert.Equal(authorization.Nonce, id.GetPayloadValue<string>("nonce"));
        Assert.Equal("openid email profile", new JsonWebToken(session.Tokens.AccessToken).GetPayloadValue<string>("scope"));
    }

    [Fact]
    public async Task CompleteSignIn_WithAnotherSignInsState_ThrowsStateMismatch_AndLeavesTheCodeUnspent()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var callback = await harness.SignInAsync(authorization.AuthorizationUri);
        var forged = authorization with { State = harness.Cognito.HostedUI.CreateAuthorization().State };

        await Assert.ThrowsAsync<HostedStateMismatchException>(() => harness.Cognito.HostedUI.CompleteSignInAsync(callback, forged));

        var session = await harness.Cognito.HostedUI.CompleteSignInAsync(callback, authorization);
        Assert.Equal(HostedDomainHarness.Username, session.Username);
    }

    [Fact]
    public async Task ExchangeCode_WithTheWrongPkceVerifier_IsRefusedWithInvalidGrant()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var callback = HostedCallback.Parse(await harness.SignInAsync(authorization.AuthorizationUri));
        var otherVerifier = harness.Cognito.HostedUI.CreateAuthorization().CodeVerifier;

        var error = await Assert.ThrowsAsync<OAuthErrorException>(() => harness.Cognito.HostedUI.ExchangeCodeAsync(callback.Code!, otherVerifier, authorization.RedirectUri));

        Assert.Equal("invalid_grant", error.Error);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task ExchangeCode_UsedTwice_IsRefusedTheSecondTime()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var callback = HostedCallback.Parse(await harness.SignInAsync(authorization.AuthorizationUri));
        var first = await harness.Cognito.HostedUI.ExchangeCodeAsync(callback.Code!, authorization.CodeVerifier, authorization.RedirectUri);

        var error = await Assert.ThrowsAsync<OAuthErrorException>(() => harness.Cognito.HostedUI.ExchangeCodeAsync(callback.Code!, authorization.CodeVerifier, authorization.RedirectUri));

        Assert.NotNull(first.IdToken);
        Assert.Equal("invalid_grant", error.Error);
    }

    [Fact]
    public async Task Authorize_WithAnUnregisteredRedirectUri_ShowsAnErrorPageAndNeverRedirects()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        var authorization = harness.Cognito.HostedUI.CreateAuthorization(new HostedSignInCommand { RedirectUri = new Uri("https://evil.example.net/steal") });

        using var response = await harness.Browser.GetAsync(authorization.AuthorizationUri);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("redirect_mismatch", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_WithAScopeTheClientMayNotHave_RedirectsBackWithInvalidScope_WhichTheClientRaises()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        var authorization = harness.Cognito.HostedUI.CreateAuthorization(new HostedSignInCommand { Scopes = ["openid", "phone"] });

        using var response = await harness.Browser.GetAsync(authorization.AuthorizationUri);
        var error = await Assert.ThrowsAsync<OAuthErrorException>(() => harness.Cognito.HostedUI.CompleteSignInAsync(response.Headers.Location!, authorization));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith(HostedDomainHarness.Callback, response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("invalid_scope", error.Error);
        Assert.Equal(OAuthErrorSource.Callback, error.Origin);
    }

    [Fact]
    public async Task SignIn_WithTheWrongPassword_ShowsTheErrorOnTheHostedPageWithoutRedirecting()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        var authorization = harness.Cognito.HostedUI.CreateAuthorization();

        using var response = await harness.PostLoginAsync(authorization.AuthorizationUri, "wrong-password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("Incorrect username or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_UserInfo_Revoke_WorkThroughTheDomainEndpoints()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var session = await harness.Cognito.HostedUI.CompleteSignInAsync(await harness.SignInAsync(authorization.AuthorizationUri), authorization);

        var refreshed = await harness.Cognito.HostedUI.RefreshAsync(session.Tokens.RefreshToken!);
        var info = await harness.Cognito.HostedUI.GetUserInfoAsync(refreshed.AccessToken);
        await harness.Cognito.HostedUI.RevokeAsync(session.Tokens.RefreshToken!);
        var afterRevoke = await Assert.ThrowsAsync<OAuthErrorException>(() => harness.Cognito.HostedUI.RefreshAsync(session.Tokens.RefreshToken!));
        var infoAfterRevoke = await Assert.ThrowsAsync<OAuthErrorException>(() => harness.Cognito.HostedUI.GetUserInfoAsync(refreshed.AccessToken));

        Assert.NotNull(refreshed.IdToken);
        Assert.Null(refreshed.RefreshToken);
        Assert.Equal("ana@example.com", info.Email);
        Assert.Equal(HostedDomainHarness.Username, info.Username);
        Assert.Equal("invalid_grant", afterRevoke.Error);
        Assert.Equal("invalid_token", infoAfterRevoke.Error);
    }

    [Fact]
    public async Task Logout_ToARegisteredUrl_Redirects_AndToAnotherUrl_ShowsAnError()
    {
        await using var harness = await HostedDomainHarness.StartAsync();

        using var registered = await harness.Browser.GetAsync(harness.Cognito.HostedUI.BuildLogoutUri());
        using var unregistered = await harness.Browser.GetAsync(harness.Cognito.HostedUI.BuildLogoutUri(new Uri("https://elsewhere.example.org/")));

        Assert.Equal(HttpStatusCode.Found, registered.StatusCode);
        Assert.Equal(HostedDomainHarness.SignedOut, registered.Headers.Location!.AbsoluteUri);
        Assert.Equal(HttpStatusCode.BadRequest, unregistered.StatusCode);
        Assert.Null(unregistered.Headers.Location);
    }

    [Fact]
    public async Task ConfidentialClient_ExchangesTheCodeWithClientSecretBasic()
    {
        await using var harness = await HostedDomainHarness.StartAsync(confidential: true);
        var authorization = harness.Cognito.HostedUI.CreateAuthorization();

        var session = await harness.Cognito.HostedUI.CompleteSignInAsync(await harness.SignInAsync(authorization.AuthorizationUri), authorization);

        Assert.Equal(HostedDomainHarness.Username, session.Username);
    }
}
