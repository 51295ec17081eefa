using Amazon.S3;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.Identity;

public sealed class DocsIdentityExampleTests
{
    [Fact]
    public async Task DocsExamples_RunAgainstTheEmulator_AsTheGuideDescribes()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        await using var s3 = new RecordingS3Endpoint();
        ICognitoKit kit = world.CreateKit();
        var sts = new AmazonSecurityTokenServiceConfig { ServiceURL = world.Emulator.Endpoint.AbsoluteUri, AuthenticationRegion = "us-east-1" };

        string identityId = await DocsIdentityExample.UploadForUserAsync(
            kit, await world.SignInAsync(kit), new AmazonS3Config { ServiceURL = s3.Endpoint.AbsoluteUri, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        (string guestArn, string userArn, _, _) = await DocsIdentityExample.GuestThenSignInAsync(world.CreateKit(), null, () => world.SignInAsync(kit), sts);
        string basicArn = await DocsIdentityExample.BasicFlowAsync(kit, await world.SignInAsync(kit), sts);

        Assert.Equal($"/my-app-user-files/private/{identityId}/notes.txt", Uri.UnescapeDataString(Assert.Single(s3.Requests).Path));
        Assert.EndsWith("/guest/CognitoIdentityCredentials", guestArn, StringComparison.Ordinal);
        Assert.EndsWith("/signed-in/CognitoIdentityCredentials", userArn, StringComparison.Ordinal);
        Assert.EndsWith("/signed-in/CognitoKit", basicArn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocsGuestExample_TwoVisitorsOfOneServer_KeepTheirOwnIdentities_AndTheAppGuestStaysAGuest()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        ICognitoKit server = world.CreateKit();
        var sts = new AmazonSecurityTokenServiceConfig { ServiceURL = world.Emulator.Endpoint.AbsoluteUri, AuthenticationRegion = "us-east-1" };
        string appGuest = await server.Identity.ForGuest().GetIdentityIdAsync();
        EmulatedUser other = await world.Pool.AddUserAsync("other-" + Guid.NewGuid().ToString("N")[..8], IdentityWorld.Password);

        (_, _, string firstGuest, string first) = await DocsIdentityExample.GuestThenSignInAsync(server, null, () => world.SignInAsync(server), sts);
        (_, _, string secondGuest, string second) = await DocsIdentityExample.GuestThenSignInAsync(server, null, async () =>
            Assert.IsType<SignedIn>(await server.SignIn(other.Username, IdentityWorld.Password).SendAsync(CancellationToken.None)).Session, sts);
        CognitoAWSCredentials appGuestNow = server.Identity.ForGuest();
        using var asAppGuest = new AmazonSecurityTokenServiceClient(appGuestNow, sts);
        string appGuestArn = (await asAppGuest.GetCallerIdentityAsync(new GetCallerIdentityRequest())).Arn;

        Assert.NotEqual(first, second);
        Assert.Equal(firstGuest, first); // each visitor's own guest identity became their user's
        Assert.Equal(secondGuest, second);
        Assert.DoesNotContain(appGuest, new[] { first, second });
        Assert.Equal(appGuest, await appGuestNow.GetIdentityIdAsync());
        Assert.EndsWith("/guest/CognitoIdentityCredentials", appGuestArn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocsErrorExample_ForAPoolWithoutGuests_AsksTheUserToSignIn()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync(allowGuests: false);

        Assert.Equal("sign in to continue", await DocsIdentityExample.DescribeFailureAsync(world.CreateKit().Identity.ForGuest()));
    }
}
