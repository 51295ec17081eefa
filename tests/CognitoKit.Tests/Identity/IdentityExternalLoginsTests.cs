using CognitoKit.Errors;
using CognitoKit.Hosted;
using CognitoKit.Protocol.Identity;
using CognitoKit.Tests.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CognitoKit.Tests.Identity;

public sealed class IdentityExternalLoginsTests
{
    private static string GoogleToken(string sub) =>
        FakeJwt.Create(new Dictionary<string, object> { ["iss"] = "https://accounts.google.com", ["sub"] = sub, ["aud"] = "google-app" });

    [Fact]
    public async Task ForLogins_WithGoogleToken_SendsItUnderAccountsGoogleCom_AndRemembersTheIdentityUnderItsSub()
    {
        using var harness = new IdentityHarness();
        harness.AnswerIdentityCalls();
        string token = GoogleToken("g-1");

        CognitoAWSCredentials credentials = harness.Kit.Identity.ForLogins(IdentityLogins.Empty.WithGoogle(token));
        await credentials.GetCredentialsAsync();

        GetIdRequest getId = Assert.Single(harness.GetIds);
        Assert.Equal(token, getId.Logins!["accounts.google.com"]);
        Assert.Equal(token, Assert.Single(harness.CredentialCalls).Logins!["accounts.google.com"]);
        string? remembered = await harness.Provider.GetRequiredService<ICognitoIdentityIdStore>()
            .GetAsync(IdentityIdKey.ForUser(IdentityHarness.IdentityPoolId, "accounts.google.com", "g-1"), CancellationToken.None);
        Assert.Equal(await credentials.GetIdentityIdAsync(), remembered);
        Assert.False(credentials.IsGuest);
    }

    [Fact]
    public async Task ForLogins_ASecondTimeForTheSameGoogleUser_UsesTheRememberedIdentityWithoutGetId()
    {
        using var harness = new IdentityHarness();
        harness.AnswerIdentityCalls();
        await harness.Kit.Identity.ForLogins(IdentityLogins.Empty.WithGoogle(GoogleToken("g-1"))).GetCredentialsAsync();

        await harness.Kit.Identity.ForLogins(IdentityLogins.Empty.WithGoogle(GoogleToken("g-1"))).GetCredentialsAsync();

        Assert.Single(harness.GetIds);
        Assert.Equal(2, harness.CredentialCalls.Count);
        Assert.Equal(harness.CredentialCalls[0].IdentityId, harness.CredentialCalls[1].IdentityId);
    }

    [Fact]
    public async Task ForLogins_WithATokenFunction_AsksItBeforeEveryFetch_AndSendsTheFreshToken()
    {
        using var harness = new IdentityHarness();
        harness.AnswerIdentityCalls();
        int asked = 0;
        CognitoAWSCredentials credentials = harness.Kit.Identity.ForLogins(_ =>
            ValueTask.FromResult(IdentityLogins.Empty.WithGoogle(GoogleToken("g-1") + new string('x', Interlocked.Increment(ref asked)))));

        await credentials.GetCredentialsAsync();
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await credentials.GetCredentialsAsync();

        Assert.Equal(2, harness.CredentialCalls.Count);
        Assert.NotEqual(harness.CredentialCalls[0].Logins!["accounts.google.com"], harness.CredentialCalls[1].Logins!["accounts.google.com"]);
        Assert.EndsWith("xx", harness.CredentialCalls[1].Logins!["accounts.google.com"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForLogins_WithSessionAndGoogle_SendsBothLogins_AndKeysTheIdentityByTheUserPoolUser()
    {
        using var harness = new IdentityHarness();
        harness.AnswerIdentityCalls();
        CognitoSession session = harness.SignIn("alice");
        string google = GoogleToken("g-alice");

        CognitoAWSCredentials credentials = harness.Kit.Identity.ForLogins(IdentityLogins.Empty.WithGoogle(google), session);
        await credentials.GetCredentialsAsync();

        GetCredentialsForIdentityRequest call = Assert.Single(harness.CredentialCalls);
        Assert.Equal(google, call.Logins!["accounts.google.com"]);
        Assert.Equal(session.Tokens.IdToken, call.Logins[IdentityHarness.AwsProvider]);
        Assert.NotNull(await harness.Provider.GetRequiredService<ICognitoIdentityIdStore>()
            .GetAsync(IdentityIdKey.ForUser(IdentityHarness.IdentityPoolId, IdentityHarness.AwsProvider, "sub-alice"), CancellationToken.None));
    }

    [Fact]
    public async Task ForLogins_WithFacebookTokenAndUserId_RemembersTheIdentityUnderTheUserId()
    {
        using var harness = new IdentityHarness();
        harness.IdentityPools.Setup(c => c.GetIdAsync(It.IsAny<GetIdRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetIdResponse { IdentityId = "eu-west-1:fb-identity" });
        harness.AnswerCredentialsOnly();

        await harness.Kit.Identity.ForLogins(IdentityLogins.Empty.WithFacebook("EAAopaque", userId: "fb-42")).GetCredentialsAsync();

        Assert.Equal("eu-west-1:fb-identity", await harness.Provider.GetRequiredService<ICognitoIdentityIdStore>()
            .GetAsync(IdentityIdKey.ForUser(IdentityHarness.IdentityPoolId, "graph.facebook.com", "fb-42"), CancellationToken.None));
    }

    [Fact]
    public async Task ForLogins_WithOpaqueTokenAndNoUserId_AsksGetIdEachTimeAndRemembersNothing()
    {
        using var harness = new IdentityHarness();
        harness.IdentityPools.Setup(c => c.GetIdAsync(It.IsAny<GetIdRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetIdResponse { IdentityId = "eu-west-1:amzn-identity" });
        harness.AnswerCredentialsOnly();

        await harness.Kit.Identity.ForLogins(IdentityLogins.Empty.WithAmazon("Atza|opaque")).GetCredentialsAsync();
        await harness.Kit.Identity.ForLogins(IdentityLogins.Empty.WithAmazon("Atza|opaque")).GetCredentialsAsync();

        harness.IdentityPools.Verify(c => c.GetIdAsync(It.IsAny<GetIdRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task ForLogins_WhenThePoolRefusesTheToken_ThrowsIdentityLoginRejectedNamingTheProviderButNotTheToken()
    {
        using var harness = new IdentityHarness();
        harness.IdentityPools.Setup(c => c.GetIdAsync(It.IsAny<GetIdRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NotAuthorizedException("Invalid login token. Incorrect token audience.", "req-1", System.Net.HttpStatusCode.BadRequest));
        string token = GoogleToken("g-1");

        var error = await Assert.ThrowsAsync<IdentityLoginRejectedException>(
            () => harness.Kit.Identity.ForLogins(IdentityLogins.Empty.WithGoogle(token)).GetIdentityIdAsync());

        Assert.Contains("accounts.google.com", error.Message, StringComparison.Ordinal);
        Assert.Contains("Incorrect token audience", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ForLogins_WithNoLoginsAndNoSession_ThrowsArgumentException()
    {
        using var harness = new IdentityHarness();

        var error = Assert.Throws<ArgumentException>(() => harness.Kit.Identity.ForLogins(IdentityLogins.Empty));

        Assert.Equal("logins", error.ParamName);
    }

    [Fact]
    public async Task ForLogins_WhenTheTokenFunctionReturnsNoLogins_ThrowsInvalidOperation()
    {
        using var harness = new IdentityHarness();

        CognitoAWSCredentials credentials = harness.Kit.Identity.ForLogins(_ => ValueTask.FromResult(IdentityLogins.Empty));

        await Assert.ThrowsAsync<InvalidOperationException>(() => credentials.GetCredentialsAsync());
    }
}
