using CognitoKit.Errors;
using CognitoKit.Protocol.Identity;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CognitoKit.Tests.Identity;

public sealed class IdentityErrorTests
{
    [Fact]
    public async Task ForSession_WhenCognitoRefusesTheIdToken_ThrowsLoginRejectedNamingThePoolAndProvider()
    {
        using var h = new IdentityHarness();
        h.IdentityPools.Setup(c => c.GetIdAsync(It.IsAny<GetIdRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NotAuthorizedException("Invalid login token. Token expired: 1 >= 0", "req-1"));

        var error = await Assert.ThrowsAsync<IdentityLoginRejectedException>(() => h.Kit.Identity.ForSession(h.SignIn()).GetCredentialsAsync());

        Assert.Equal("NotAuthorizedException", error.ErrorCode);
        Assert.Equal("req-1", error.RequestId);
        Assert.Equal(IdentityHarness.IdentityPoolId, error.IdentityPoolId);
        Assert.Contains(IdentityHarness.IdentityPoolId, error.Message, StringComparison.Ordinal);
        Assert.Contains(IdentityHarness.AwsProvider, error.Message, StringComparison.Ordinal);
        Assert.Contains("Token expired", error.Message, StringComparison.Ordinal);
        Assert.IsType<NotAuthorizedException>(error.InnerException);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task ForGuest_WhenThePoolRefusesGuests_ThrowsGuestAccessNotAllowed()
    {
        using var h = new IdentityHarness();
        h.IdentityPools.Setup(c => c.GetIdAsync(It.IsAny<GetIdRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NotAuthorizedException("Unauthenticated access is not supported for this identity pool."));

        var error = await Assert.ThrowsAsync<GuestAccessNotAllowedException>(() => h.Kit.Identity.ForGuest().GetIdentityIdAsync());

        Assert.Contains("Allow unauthenticated identities", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<CognitoIdentityException>(error);
    }

    [Fact]
    public async Task ForSession_WhenTheIdentityPoolDoesNotExist_ThrowsIdentityPoolNotFound()
    {
        using var h = new IdentityHarness();
        h.IdentityPools.Setup(c => c.GetIdAsync(It.IsAny<GetIdRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceNotFoundException($"IdentityPool '{IdentityHarness.IdentityPoolId}' not found."));

        var error = await Assert.ThrowsAsync<IdentityPoolNotFoundException>(() => h.Kit.Identity.ForSession(h.SignIn()).GetCredentialsAsync());

        Assert.Equal("ResourceNotFoundException", error.ErrorCode);
        Assert.Contains("CognitoKit:IdentityPoolId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForSession_WhenThrottledAfterEveryRetry_ThrowsATransientIdentityThrottled()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();
        h.IdentityPools.Setup(c => c.GetCredentialsForIdentityAsync(It.IsAny<GetCredentialsForIdentityRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TooManyRequestsException("Rate exceeded"));

        var error = await Assert.ThrowsAsync<IdentityThrottledException>(() => h.Kit.Identity.ForSession(h.SignIn()).GetCredentialsAsync());

        Assert.True(error.IsTransient);
        Assert.Equal("TooManyRequestsException", error.ErrorCode);
        Assert.Contains("GetCredentialsForIdentity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_WithoutAnIdentityPoolId_ThrowsAClearConfigurationError()
    {
        using var h = new IdentityHarness(o => o.IdentityPoolId = null);

        var error = Assert.Throws<InvalidOperationException>(() => h.Kit.Identity.ForGuest());

        Assert.Contains("CognitoKit:IdentityPoolId is not set", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => h.Kit.Identity.ForSession(h.SignIn()));
    }

    [Theory]
    [InlineData("not-an-arn")]
    [InlineData("arn:aws:s3:::bucket")]
    [InlineData("arn:aws:iam::123456789012:user/bob")]
    public async Task AssumeRoleWithWebIdentity_WithAMalformedRoleArn_ThrowsNamingTheParameter(string roleArn)
    {
        using var h = new IdentityHarness();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => h.Kit.Identity.AssumeRoleWithWebIdentityAsync(h.SignIn(), roleArn));

        Assert.Equal("roleArn", error.ParamName);
    }

    [Theory]
    [InlineData("no-colon")]
    [InlineData(":leading")]
    [InlineData("eu-west-1:has space")]
    public void ForGuest_WithAMalformedIdentityId_ThrowsNamingTheParameter(string identityId)
    {
        using var h = new IdentityHarness();

        var error = Assert.Throws<ArgumentException>(() => h.Kit.Identity.ForGuest(identityId));

        Assert.Equal("identityId", error.ParamName);
    }

    [Fact]
    public void ForSession_WithoutASession_ThrowsArgumentNull()
    {
        using var h = new IdentityHarness();

        Assert.Equal("session", Assert.Throws<ArgumentNullException>(() => h.Kit.Identity.ForSession(null!)).ParamName);
    }

    [Fact]
    public void AddCognitoKit_Twice_RegistersOneIdentityIdStore_AndKeepsAStoreTheAppRegistered()
    {
        var custom = new InMemoryCognitoIdentityIdStore();
        using var h = new IdentityHarness(configureServices: s =>
        {
            s.AddCognitoKit(o => { });
        });
        using var withCustom = new IdentityHarness(configureServices: s => s.AddSingleton<ICognitoIdentityIdStore>(custom));

        Assert.Single(h.Provider.GetServices<ICognitoIdentityIdStore>());
        Assert.Same(custom, withCustom.Provider.GetRequiredService<ICognitoIdentityIdStore>());
        Assert.Same(h.Kit.Identity, h.Kit.Identity);
    }
}
