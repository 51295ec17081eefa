using Amazon.Runtime;
using CognitoKit.Errors;
using CognitoKit.Protocol.Identity;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CognitoKit.Tests.Identity;

public sealed class IdentityEnhancedFlowTests
{
    [Fact]
    public async Task ForSession_OnAws_SendsTheIdTokenUnderTheUserPoolProviderName_ThenGetsCredentialsForThatIdentity()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();
        CognitoSession session = h.SignIn();

        ImmutableCredentials credentials = await h.Kit.Identity.ForSession(session).GetCredentialsAsync();

        GetIdRequest getId = Assert.Single(h.GetIds);
        Assert.Equal(IdentityHarness.IdentityPoolId, getId.IdentityPoolId);
        Assert.Equal(session.Tokens.IdToken, Assert.Single(getId.Logins!, l => l.Key == IdentityHarness.AwsProvider).Value);
        GetCredentialsForIdentityRequest get = Assert.Single(h.CredentialCalls);
        Assert.Equal("eu-west-1:id-sub-alice", get.IdentityId);
        Assert.Equal(getId.Logins, get.Logins);
        Assert.Equal("ASIAKEY1", credentials.AccessKey);
        Assert.Equal("secret-key-1", credentials.SecretKey);
        Assert.Equal("session-token-1", credentials.Token);
    }

    [Fact]
    public async Task ForSession_WithAnEndpointOverride_KeysLoginsByTheIssuersHostPortAndPath()
    {
        using var h = new IdentityHarness(o => o.UserPoolEndpoint = new Uri("http://127.0.0.1:5000/"));
        h.AnswerIdentityCalls();

        await h.Kit.Identity.ForSession(h.SignIn()).GetCredentialsAsync();

        Assert.Equal("127.0.0.1:5000/" + IdentityHarness.UserPoolId, Assert.Single(Assert.Single(h.GetIds).Logins!).Key);
    }

    [Fact]
    public async Task ForSession_WithAnExplicitIssuer_KeysLoginsByThatIssuerWithoutItsScheme()
    {
        using var h = new IdentityHarness(o => o.Issuer = new Uri("https://auth.example.com/pools/" + IdentityHarness.UserPoolId));
        h.AnswerIdentityCalls();

        await h.Kit.Identity.ForSession(h.SignIn()).GetCredentialsAsync();

        Assert.Equal("auth.example.com/pools/" + IdentityHarness.UserPoolId, Assert.Single(Assert.Single(h.GetIds).Logins!).Key);
    }

    [Fact]
    public async Task IdentityId_OfOneUser_IsRememberedAcrossCredentialObjects_WhileAnotherUserGetsTheirOwn()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();

        string first = await h.Kit.Identity.ForSession(h.SignIn("alice")).GetIdentityIdAsync();
        string again = await h.Kit.Identity.ForSession(h.SignIn("alice")).GetIdentityIdAsync();
        string other = await h.Kit.Identity.ForSession(h.SignIn("bob")).GetIdentityIdAsync();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(2, h.GetIds.Count);
        Assert.Equal(first, await h.Provider.GetRequiredService<ICognitoIdentityIdStore>().GetAsync(
            IdentityIdKey.ForUser(IdentityHarness.IdentityPoolId, IdentityHarness.AwsProvider, "sub-alice"), default));
    }

    [Fact]
    public async Task GetIdentityId_ByManyConcurrentCallers_CallsGetIdOnce()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();
        CognitoAWSCredentials credentials = h.Kit.Identity.ForSession(h.SignIn());

        string[] ids = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => credentials.GetIdentityIdAsync())));

        Assert.Single(ids.Distinct());
        Assert.Single(h.GetIds);
        Assert.Equal(ids[0], credentials.IdentityId);
    }

    [Fact]
    public async Task ForGuest_SendsNoLogins_AndKeepsOneGuestIdentityForTheApp()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();

        ImmutableCredentials credentials = await h.Kit.Identity.ForGuest().GetCredentialsAsync();
        string again = await h.Kit.Identity.ForGuest().GetIdentityIdAsync();

        GetIdRequest getId = Assert.Single(h.GetIds);
        Assert.Null(getId.Logins);
        Assert.Null(Assert.Single(h.CredentialCalls).Logins);
        Assert.Equal("eu-west-1:id-guest-1", again);
        Assert.Equal("ASIAKEY1", credentials.AccessKey);
    }

    [Fact]
    public async Task ForGuest_WithAKnownIdentityId_UsesItWithoutGetId()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();
        CognitoAWSCredentials guest = h.Kit.Identity.ForGuest("eu-west-1:kept-visitor");

        await guest.GetCredentialsAsync();

        Assert.Empty(h.GetIds);
        Assert.Equal("eu-west-1:kept-visitor", Assert.Single(h.CredentialCalls).IdentityId);
        Assert.Equal("eu-west-1:kept-visitor", await guest.GetIdentityIdAsync());
        Assert.True(guest.IsGuest);
    }

    [Fact]
    public async Task ForSession_WithTheGuestIdentity_SendsTheGuestIdWithTheLogin_AndRemembersTheIdentityCognitoAnswers()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls(answeredId: r => r.Logins is null ? r.IdentityId : "eu-west-1:merged-alice");
        string guestId = await h.Kit.Identity.ForGuest().GetIdentityIdAsync();
        CognitoSession session = h.SignIn();

        CognitoAWSCredentials signedIn = h.Kit.Identity.ForSession(session, guestIdentityId: guestId);
        string identityId = await signedIn.GetIdentityIdAsync();

        GetCredentialsForIdentityRequest link = Assert.Single(h.CredentialCalls);
        Assert.Equal(guestId, link.IdentityId);
        Assert.Equal(session.Tokens.IdToken, link.Logins![IdentityHarness.AwsProvider]);
        Assert.Equal("eu-west-1:merged-alice", identityId);
        Assert.Single(h.GetIds); // the guest's only: the user never needed GetId
        Assert.Equal(identityId, await h.Kit.Identity.ForSession(h.SignIn()).GetIdentityIdAsync());
    }

    [Fact]
    public async Task ForSession_AfterLinkingTheGuest_SendsTheUsersIdentityOnTheNextRefresh()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls(answeredId: r => r.Logins is null ? r.IdentityId : "eu-west-1:merged-alice");
        h.AnswerSessionRefreshes();
        CognitoAWSCredentials signedIn = h.Kit.Identity.ForSession(h.SignIn(), guestIdentityId: "eu-west-1:guest-x");
        await signedIn.GetCredentialsAsync();

        h.Clock.Advance(TimeSpan.FromMinutes(58));
        await signedIn.GetCredentialsAsync();

        Assert.Equal(["eu-west-1:guest-x", "eu-west-1:merged-alice"], h.CredentialCalls.Select(c => c.IdentityId));
    }

    [Fact]
    public async Task ForSession_WithACustomRole_AsksCognitoForThatRole()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();

        await h.Kit.Identity.ForSession(h.SignIn(), customRoleArn: "arn:aws:iam::123456789012:role/editors").GetCredentialsAsync();

        Assert.Equal("arn:aws:iam::123456789012:role/editors", Assert.Single(h.CredentialCalls).CustomRoleArn);
    }

    [Fact]
    public async Task Credentials_WhenCognitoNoLongerKnowsTheRememberedIdentity_ForgetItAndGetANewOne()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();
        await h.Provider.GetRequiredService<ICognitoIdentityIdStore>().SetAsync(
            IdentityIdKey.ForUser(IdentityHarness.IdentityPoolId, IdentityHarness.AwsProvider, "sub-alice"), "eu-west-1:deleted", default);
        h.IdentityPools.Setup(c => c.GetCredentialsForIdentityAsync(It.Is<GetCredentialsForIdentityRequest>(r => r.IdentityId == "eu-west-1:deleted"), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceNotFoundException("Identity 'eu-west-1:deleted' not found."));

        CognitoAWSCredentials credentials = h.Kit.Identity.ForSession(h.SignIn());
        ImmutableCredentials issued = await credentials.GetCredentialsAsync();

        Assert.Equal("ASIAKEY1", issued.AccessKey);
        Assert.Single(h.GetIds);
        Assert.Equal("eu-west-1:id-sub-alice", credentials.IdentityId);
    }
}
