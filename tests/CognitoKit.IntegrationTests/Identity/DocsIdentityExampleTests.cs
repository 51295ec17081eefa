using Amazon.S3;
using Amazon.SecurityToken;

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
        (string guestArn, string userArn) = await DocsIdentityExample.GuestThenSignInAsync(world.CreateKit(), () => world.SignInAsync(kit), sts);
        string basicArn = await DocsIdentityExample.BasicFlowAsync(kit, await world.SignInAsync(kit), sts);

        Assert.Equal($"/my-app-user-files/private/{identityId}/notes.txt", Uri.UnescapeDataString(Assert.Single(s3.Requests).Path));
        Assert.EndsWith("/guest/CognitoIdentityCredentials", guestArn, StringComparison.Ordinal);
        Assert.EndsWith("/signed-in/CognitoIdentityCredentials", userArn, StringComparison.Ordinal);
        Assert.EndsWith("/signed-in/CognitoKit", basicArn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocsErrorExample_ForAPoolWithoutGuests_AsksTheUserToSignIn()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync(allowGuests: false);

        Assert.Equal("sign in to continue", await DocsIdentityExample.DescribeFailureAsync(world.CreateKit().Identity.ForGuest()));
    }
}
