using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.Identity;

public sealed class IdentityErrorsEndToEndTests
{
    [Fact]
    public async Task ForSession_WhenTheIdentityPoolDoesNotTrustTheAppClient_ThrowsLoginRejected()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        EmulatedUserPoolClient otherClient = await world.Pool.CreateClientAsync("other-client");
        EmulatedIdentityPool strict = await world.Emulator.CreateIdentityPoolAsync(world.Pool, otherClient, name: "strict");
        await strict.SetRolesAsync(IdentityWorld.SignedInRole);
        ICognitoKit kit = world.CreateKit(o => o.IdentityPoolId = strict.Id);

        var error = await Assert.ThrowsAsync<IdentityLoginRejectedException>(
            async () => await kit.Identity.ForSession(await world.SignInAsync(kit)).GetCredentialsAsync());

        Assert.Equal("NotAuthorizedException", error.ErrorCode);
        Assert.Equal(strict.Id, error.IdentityPoolId);
        Assert.Contains("Incorrect token audience", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForSession_WhenCognitoSaysTheLoginTokenExpired_ThrowsLoginRejected()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        ICognitoKit kit = world.CreateKit();
        CognitoSession session = await world.SignInAsync(kit);
        world.Emulator.Faults.FailNext("GetId", errorCode: "NotAuthorizedException", statusCode: 400, message: "Invalid login token. Token expired: 1 >= 0");

        var error = await Assert.ThrowsAsync<IdentityLoginRejectedException>(() => kit.Identity.ForSession(session).GetCredentialsAsync());

        Assert.Contains("Token expired", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(session.Tokens.IdToken, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForSession_WithAnIdentityPoolThatDoesNotExist_ThrowsIdentityPoolNotFound()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        ICognitoKit kit = world.CreateKit(o => o.IdentityPoolId = "us-east-1:00000000-0000-4000-8000-000000000000");

        var error = await Assert.ThrowsAsync<IdentityPoolNotFoundException>(
            async () => await kit.Identity.ForSession(await world.SignInAsync(kit)).GetCredentialsAsync());

        Assert.Equal("ResourceNotFoundException", error.ErrorCode);
        Assert.Contains("us-east-1:00000000-0000-4000-8000-000000000000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForGuest_WhenTheIdentityPoolAllowsNoGuests_ThrowsGuestAccessNotAllowed()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync(allowGuests: false);
        ICognitoKit kit = world.CreateKit();

        var error = await Assert.ThrowsAsync<GuestAccessNotAllowedException>(() => kit.Identity.ForGuest().GetCredentialsAsync());

        Assert.Contains("Unauthenticated access is not supported", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, world.Emulator.Requests.Count("GetCredentialsForIdentity"));
    }

    [Fact]
    public async Task GetCredentials_WhenThrottledOnEveryAttempt_RetriesThenThrowsIdentityThrottled()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        ICognitoKit kit = world.CreateKit(o =>
        {
            o.MaxAttempts = 3;
            o.RetryBaseDelay = TimeSpan.Zero;
        });
        CognitoAWSCredentials credentials = kit.Identity.ForSession(await world.SignInAsync(kit));
        world.Emulator.Faults.FailNext("GetCredentialsForIdentity", count: 3, errorCode: "TooManyRequestsException", statusCode: 400, message: "Rate exceeded");

        var error = await Assert.ThrowsAsync<IdentityThrottledException>(() => credentials.GetCredentialsAsync());

        Assert.True(error.IsTransient);
        Assert.Equal(3, world.Emulator.Requests.Count("GetCredentialsForIdentity"));
    }

    [Fact]
    public async Task GetCredentials_WhenThrottledOnce_IsRetriedAndSucceeds()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        ICognitoKit kit = world.CreateKit(o =>
        {
            o.MaxAttempts = 2;
            o.RetryBaseDelay = TimeSpan.Zero;
        });
        CognitoAWSCredentials credentials = kit.Identity.ForSession(await world.SignInAsync(kit));
        world.Emulator.Faults.FailNext("GetCredentialsForIdentity", errorCode: "TooManyRequestsException", statusCode: 400, message: "Rate exceeded");

        Amazon.Runtime.ImmutableCredentials issued = await credentials.GetCredentialsAsync();

        Assert.NotNull(world.Emulator.FindIssuedCredentials(issued.AccessKey));
        Assert.Equal(2, world.Emulator.Requests.Count("GetCredentialsForIdentity"));
    }

    [Fact]
    public async Task Identity_WithoutAnIdentityPoolId_TellsWhichSettingIsMissing()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        ICognitoKit kit = world.CreateKit(o => o.IdentityPoolId = null);
        CognitoSession session = await world.SignInAsync(kit);

        var error = Assert.Throws<InvalidOperationException>(() => kit.Identity.ForSession(session));

        Assert.Contains("CognitoKit:IdentityPoolId", error.Message, StringComparison.Ordinal);
    }
}
