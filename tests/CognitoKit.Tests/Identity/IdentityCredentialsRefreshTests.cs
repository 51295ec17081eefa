using Amazon.Runtime;
using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using Moq;

namespace CognitoKit.Tests.Identity;

public sealed class IdentityCredentialsRefreshTests
{
    [Fact]
    public void GetCredentials_Synchronously_FetchesThroughTheSameFlow()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();

        ImmutableCredentials credentials = h.Kit.Identity.ForSession(h.SignIn()).GetCredentials();

        Assert.Equal("ASIAKEY1", credentials.AccessKey);
        Assert.Equal("session-token-1", credentials.Token);
        Assert.Single(h.CredentialCalls);
    }

    [Fact]
    public async Task GetCredentials_SyncAndAsyncTogether_ShareOneFetch()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls(delay: TimeSpan.FromMilliseconds(50));
        CognitoAWSCredentials credentials = h.Kit.Identity.ForSession(h.SignIn());

        Task<ImmutableCredentials> sync = Task.Run(() => credentials.GetCredentials());
        Task<ImmutableCredentials> async = credentials.GetCredentialsAsync();
        ImmutableCredentials[] both = await Task.WhenAll(sync, async);

        Assert.Single(h.CredentialCalls);
        Assert.Equal(both[0].AccessKey, both[1].AccessKey);
    }

    [Fact]
    public async Task GetCredentialsAsync_ByAThousandConcurrentCallers_FetchesExactlyOnce()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls(delay: TimeSpan.FromMilliseconds(20));
        CognitoAWSCredentials credentials = h.Kit.Identity.ForSession(h.SignIn());

        ImmutableCredentials[] all = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => credentials.GetCredentialsAsync())));

        Assert.Single(h.CredentialCalls);
        Assert.Single(h.GetIds);
        Assert.Single(all.Select(c => c.AccessKey).Distinct());
    }

    [Fact]
    public async Task GetCredentialsAsync_BeforeTheRefreshMargin_ReusesTheCredentials()
    {
        using var h = new IdentityHarness(o => o.RefreshMargin = TimeSpan.FromMinutes(5));
        h.AnswerIdentityCalls();
        CognitoAWSCredentials credentials = h.Kit.Identity.ForSession(h.SignIn());
        ImmutableCredentials first = await credentials.GetCredentialsAsync();

        h.Clock.Advance(TimeSpan.FromMinutes(54));
        ImmutableCredentials second = await credentials.GetCredentialsAsync();

        Assert.Same(first, second);
        Assert.Single(h.CredentialCalls);
        Assert.Equal(TimeSpan.FromMinutes(5), credentials.ExpirationBuffer);
    }

    [Fact]
    public async Task GetCredentialsAsync_WithinTheRefreshMarginOfExpiry_FetchesNewCredentials()
    {
        using var h = new IdentityHarness(o => o.RefreshMargin = TimeSpan.FromMinutes(5));
        h.AnswerIdentityCalls();
        h.AnswerSessionRefreshes();
        CognitoAWSCredentials credentials = h.Kit.Identity.ForSession(h.SignIn());
        ImmutableCredentials first = await credentials.GetCredentialsAsync();

        h.Clock.Advance(TimeSpan.FromMinutes(56));
        ImmutableCredentials second = await credentials.GetCredentialsAsync();

        Assert.Equal(2, h.CredentialCalls.Count);
        Assert.NotEqual(first.AccessKey, second.AccessKey);
        Assert.Single(h.GetIds); // the identity is known: only the credentials are renewed
        Assert.Equal(h.Clock.GetUtcNow().AddHours(1).AddMinutes(-5).UtcDateTime, credentials.Expiration);
    }

    [Fact]
    public async Task GetCredentialsAsync_WhenTheIdTokenHasExpired_RefreshesTheSessionFirstAndSendsTheNewToken()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();
        h.AnswerSessionRefreshes();
        CognitoSession session = h.SignIn(lifetime: TimeSpan.FromMinutes(30));
        CognitoAWSCredentials credentials = h.Kit.Identity.ForSession(session);
        await credentials.GetCredentialsAsync();
        string oldIdToken = session.Tokens.IdToken;

        h.Clock.Advance(TimeSpan.FromMinutes(61));
        await credentials.GetCredentialsAsync();

        h.UserPools.Verify(c => c.InitiateAuthAsync(It.Is<InitiateAuthRequest>(r => r.AuthFlow == AuthFlowType.RefreshTokenAuth), It.IsAny<CancellationToken>()), Times.Once());
        Assert.NotEqual(oldIdToken, session.Tokens.IdToken);
        Assert.Equal(session.Tokens.IdToken, h.CredentialCalls[^1].Logins![IdentityHarness.AwsProvider]);
    }

    [Fact]
    public async Task GetCredentialsAsync_AfterAFailedFetch_TriesAgainOnTheNextCall()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();
        var fail = true;
        h.IdentityPools.Setup(c => c.GetCredentialsForIdentityAsync(It.Is<CognitoKit.Protocol.Identity.GetCredentialsForIdentityRequest>(_ => fail), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InternalErrorException("Injected."));
        CognitoAWSCredentials credentials = h.Kit.Identity.ForSession(h.SignIn());

        await Assert.ThrowsAsync<InternalErrorException>(() => credentials.GetCredentialsAsync());
        fail = false;
        ImmutableCredentials issued = await credentials.GetCredentialsAsync();

        Assert.Equal("ASIAKEY1", issued.AccessKey);
    }
}
