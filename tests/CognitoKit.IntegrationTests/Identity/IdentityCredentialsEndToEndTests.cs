using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SecurityToken.Model;
using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.Identity;

public sealed class IdentityCredentialsEndToEndTests
{
    [Fact]
    public async Task SignedInUserAndGuest_GetCredentialsThatStsAccepts_AsTheirTwoDifferentRoles()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        ICognitoKit kit = world.CreateKit();
        CognitoSession session = await world.SignInAsync(kit);

        CognitoAWSCredentials user = kit.Identity.ForSession(session);
        CognitoAWSCredentials guest = kit.Identity.ForGuest();
        GetCallerIdentityResponse userCaller = await world.WhoAmIAsync(user);
        GetCallerIdentityResponse guestCaller = await world.WhoAmIAsync(guest);

        Assert.Equal("arn:aws:sts::123456789012:assumed-role/signed-in/CognitoIdentityCredentials", userCaller.Arn);
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/guest/CognitoIdentityCredentials", guestCaller.Arn);
        Assert.NotEqual(await user.GetIdentityIdAsync(), await guest.GetIdentityIdAsync());
        EmulatedCredentials issued = world.Emulator.FindIssuedCredentials((await user.GetCredentialsAsync()).AccessKey)!;
        Assert.Equal(IdentityWorld.SignedInRole, issued.RoleArn);
        Assert.Equal(await user.GetIdentityIdAsync(), issued.Subject);
    }

    [Fact]
    public async Task S3Client_BuiltFromTheCredentials_SignsWithTheIssuedKeyAndSendsTheSessionToken()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        await using var s3 = new RecordingS3Endpoint();
        ICognitoKit kit = world.CreateKit();
        CognitoAWSCredentials credentials = kit.Identity.ForSession(await world.SignInAsync(kit));
        using var client = new AmazonS3Client(credentials, new AmazonS3Config
        {
            ServiceURL = s3.Endpoint.AbsoluteUri,
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
        });

        await client.PutObjectAsync(new PutObjectRequest { BucketName = "user-files", Key = "notes.txt", ContentBody = "hello" });

        ImmutableCredentials issued = await credentials.GetCredentialsAsync();
        RecordedS3Request request = Assert.Single(s3.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/user-files/notes.txt", request.Path);
        Assert.StartsWith($"AWS4-HMAC-SHA256 Credential={issued.AccessKey}/", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal(issued.Token, request.Headers["x-amz-security-token"]);
        Assert.NotNull(world.Emulator.FindIssuedCredentials(issued.AccessKey));
    }

    [Fact]
    public async Task GetCredentialsAsync_ByAThousandConcurrentCallers_SendsExactlyOneGetCredentialsForIdentity()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        ICognitoKit kit = world.CreateKit();
        CognitoAWSCredentials credentials = kit.Identity.ForSession(await world.SignInAsync(kit));
        world.Emulator.Requests.Clear();

        ImmutableCredentials[] all = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => credentials.GetCredentialsAsync())));

        Assert.Equal(1, world.Emulator.Requests.Count("GetCredentialsForIdentity"));
        Assert.Equal(1, world.Emulator.Requests.Count("GetId"));
        Assert.Single(all.Select(c => c.AccessKey).Distinct());
    }

    [Fact]
    public async Task GetCredentialsAsync_AfterTheCredentialsExpire_FetchesNewOnesForTheSameIdentity()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync(tokenValidity: TimeSpan.FromHours(3));
        ICognitoKit kit = world.CreateKit();
        CognitoAWSCredentials credentials = kit.Identity.ForSession(await world.SignInAsync(kit));
        ImmutableCredentials first = await credentials.GetCredentialsAsync();
        string identityId = await credentials.GetIdentityIdAsync();
        DateTimeOffset firstExpiry = world.Emulator.FindIssuedCredentials(first.AccessKey)!.Expiration;

        world.Clock.Advance(firstExpiry - world.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        ImmutableCredentials second = await credentials.GetCredentialsAsync();

        Assert.NotEqual(first.AccessKey, second.AccessKey);
        Assert.Equal(2, world.Emulator.Requests.Count("GetCredentialsForIdentity"));
        Assert.Equal(1, world.Emulator.Requests.Count("GetId"));
        Assert.Equal(0, world.SessionRefreshes()); // the 3-hour ID token was still good
        EmulatedCredentials renewed = world.Emulator.FindIssuedCredentials(second.AccessKey)!;
        Assert.Equal(identityId, renewed.Subject);
        Assert.True(renewed.Expiration > world.Clock.GetUtcNow().AddMinutes(55));
    }

    [Fact]
    public async Task GetCredentialsAsync_AfterTheIdTokenExpired_RefreshesTheSessionFirst_AndCognitoAcceptsTheNewToken()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        ICognitoKit kit = world.CreateKit();
        CognitoSession session = await world.SignInAsync(kit);
        CognitoAWSCredentials credentials = kit.Identity.ForSession(session);
        ImmutableCredentials first = await credentials.GetCredentialsAsync();
        string oldIdToken = session.Tokens.IdToken;

        world.Clock.Advance(session.Tokens.IdTokenExpiresAt - world.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        ImmutableCredentials second = await credentials.GetCredentialsAsync();

        Assert.Equal(1, world.SessionRefreshes());
        Assert.NotEqual(oldIdToken, session.Tokens.IdToken);
        Assert.True(session.Tokens.IdTokenExpiresAt > world.Clock.GetUtcNow());
        Assert.NotEqual(first.AccessKey, second.AccessKey);
        Assert.Equal(2, world.Emulator.Requests.Count("GetCredentialsForIdentity"));
    }

    [Fact]
    public async Task GuestWhoSignsIn_KeepsTheirIdentity_AndNowGetsTheSignedInRole()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        ICognitoKit kit = world.CreateKit();
        CognitoAWSCredentials guest = kit.Identity.ForGuest();
        string guestId = await guest.GetIdentityIdAsync();
        Assert.EndsWith("/guest/CognitoIdentityCredentials", (await world.WhoAmIAsync(guest)).Arn, StringComparison.Ordinal);

        CognitoAWSCredentials user = kit.Identity.ForSession(await world.SignInAsync(kit), guestIdentityId: guestId);
        GetCallerIdentityResponse caller = await world.WhoAmIAsync(user);

        Assert.Equal(guestId, await user.GetIdentityIdAsync());
        Assert.EndsWith("/signed-in/CognitoIdentityCredentials", caller.Arn, StringComparison.Ordinal);
        string inAnotherApp = await world.CreateKit().Identity.ForSession(await world.SignInAsync(kit)).GetIdentityIdAsync();
        Assert.Equal(guestId, inAnotherApp);
    }

    [Fact]
    public async Task OneUser_KeepsOneIdentity_AcrossSignInsAndCredentialObjects()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        ICognitoKit kit = world.CreateKit();

        string first = await kit.Identity.ForSession(await world.SignInAsync(kit)).GetIdentityIdAsync();
        string second = await kit.Identity.ForSession(await world.SignInAsync(kit)).GetIdentityIdAsync();
        string otherApp = await world.CreateKit().Identity.ForSession(await world.SignInAsync(kit)).GetIdentityIdAsync();

        Assert.Equal(first, second);
        Assert.Equal(first, otherApp); // Cognito itself maps the login to the same identity
        Assert.Equal(2, world.Emulator.Requests.Count("GetId")); // the second sign-in in the first app used the remembered id
    }

    [Fact]
    public async Task BasicFlow_AssumeRoleWithWebIdentity_GivesCredentialsForTheNamedRoleThatStsAccepts()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        ICognitoKit kit = world.CreateKit();
        CognitoSession session = await world.SignInAsync(kit);

        CognitoRoleCredentials role = await kit.Identity.AssumeRoleWithWebIdentityAsync(session, IdentityWorld.SignedInRole);
        GetCallerIdentityResponse caller = await world.WhoAmIAsync(role.ToAWSCredentials());

        Assert.Equal("arn:aws:sts::123456789012:assumed-role/signed-in/CognitoKit", caller.Arn);
        Assert.Equal(caller.Arn, role.AssumedRoleArn);
        Assert.Equal(1, world.Emulator.Requests.Count("GetOpenIdToken"));
        Assert.Equal(1, world.Emulator.Requests.Count("AssumeRoleWithWebIdentity"));
        Assert.Equal(0, world.Emulator.Requests.Count("GetCredentialsForIdentity"));
        Assert.Equal(await kit.Identity.ForSession(session).GetIdentityIdAsync(), role.IdentityId);
        Assert.True(role.Expiration > world.Clock.GetUtcNow());
    }
}
