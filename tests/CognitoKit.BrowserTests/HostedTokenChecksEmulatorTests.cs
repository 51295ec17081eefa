using System.Security.Cryptography;
using System.Text;
using CognitoKit.Hosted;
using CognitoKit.Testing;
using CognitoKit.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.BrowserTests;

/// <summary>
/// What hosted sign-in checks beyond the ID token, against the emulator's domain: the ID token's <c>at_hash</c> binds
/// the access token, the access token is validated like any other, and the hosted-UI client never widens the app-wide
/// validator.
/// </summary>
public sealed class HostedTokenChecksEmulatorTests
{
    [Fact]
    public async Task CodeFlow_IdTokenCarriesTheAtHashOfTheAccessTokenIssuedWithIt()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var callback = HostedCallback.Parse(await harness.SignInAsync(authorization.AuthorizationUri));

        var tokens = await harness.Cognito.HostedUI.ExchangeCodeAsync(callback.Code!, authorization.CodeVerifier, authorization.RedirectUri);

        byte[] hash = SHA256.HashData(Encoding.ASCII.GetBytes(tokens.AccessToken));
        Assert.Equal(Base64UrlEncoder.Encode(hash, 0, 16), new JsonWebToken(tokens.IdToken).GetPayloadValue<string>("at_hash"));
    }

    [Fact]
    public async Task CompleteSignIn_WhenTheAtHashIsNotTheAccessTokens_ThrowsAccessTokenMismatch()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var callback = await harness.SignInAsync(authorization.AuthorizationUri);
        harness.Emulator.Faults.TamperNextTokenResponse(OAuthTokenTampering.WrongAtHash);

        var error = await Assert.ThrowsAsync<HostedAccessTokenMismatchException>(() => harness.Cognito.HostedUI.CompleteSignInAsync(callback, authorization));

        Assert.Contains("at_hash", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteSignIn_WithAnAccessTokenSignedByAnUnpublishedKey_ThrowsAccessTokenRejected()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var callback = await harness.SignInAsync(authorization.AuthorizationUri);
        harness.Emulator.Faults.TamperNextTokenResponse(OAuthTokenTampering.ForgedAccessToken);

        var error = await Assert.ThrowsAsync<HostedAccessTokenRejectedException>(() => harness.Cognito.HostedUI.CompleteSignInAsync(callback, authorization));

        Assert.Equal(TokenRejectionReason.InvalidSignature, error.Reason);
    }

    [Fact]
    public async Task CompleteSignIn_WithAHostedClientOfItsOwn_SignsIn_ButTheAppWideValidatorStillRefusesThatClient()
    {
        await using var harness = await HostedDomainHarness.StartAsync(apiClientOfItsOwn: true);
        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var callback = await harness.SignInAsync(authorization.AuthorizationUri);

        var session = await harness.Cognito.HostedUI.CompleteSignInAsync(callback, authorization);
        var appWide = await harness.Cognito.Tokens.ValidateAsync(session.Tokens.AccessToken, CognitoTokenUse.Access);

        Assert.Equal(HostedDomainHarness.Username, session.Username);
        Assert.False(appWide.IsValid);
        Assert.Equal(TokenRejectionReason.WrongClient, appWide.RejectionReason);
    }
}
