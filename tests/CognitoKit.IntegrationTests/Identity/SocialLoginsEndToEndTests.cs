using System.Text.Json.Nodes;
using Amazon.SecurityToken.Model;
using CognitoKit.Hosted;
using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.Identity;

public sealed class SocialLoginsEndToEndTests
{
    private const string GoogleClientId = "1234567890-web.apps.googleusercontent.com";
    private const string FacebookAppId = "100200300400";

    private static Task<IdentityWorld> StartAsync(Action<JsonObject>? more = null) => IdentityWorld.StartAsync(configureIdentityPool: body =>
    {
        body["SupportedLoginProviders"] = new JsonObject
        {
            [CognitoEmulatorSocialExtensions.Google] = GoogleClientId,
            [CognitoEmulatorSocialExtensions.Facebook] = FacebookAppId,
        };
        more?.Invoke(body);
    });

    [Fact]
    public async Task ForLogins_WithGoogleIdToken_GivesCredentialsStsKnowsAsTheSignedInRole()
    {
        await using IdentityWorld world = await StartAsync();
        ICognitoKit kit = world.CreateKit();
        string googleToken = world.Emulator.IssueSocialToken(CognitoEmulatorSocialExtensions.Google, "google-user-1", GoogleClientId);

        CognitoAWSCredentials credentials = kit.Identity.ForLogins(IdentityLogins.Empty.WithGoogle(googleToken));
        GetCallerIdentityResponse caller = await world.WhoAmIAsync(credentials);

        Assert.Equal("arn:aws:sts::123456789012:assumed-role/signed-in/CognitoIdentityCredentials", caller.Arn);
        Assert.Equal(await credentials.GetIdentityIdAsync(), world.Emulator.FindIssuedCredentials((await credentials.GetCredentialsAsync()).AccessKey)!.Subject);
    }

    [Fact]
    public async Task ForLogins_WithAFreshGoogleTokenEachTime_KeepsOneIdentityAcrossCredentialObjects()
    {
        await using IdentityWorld world = await StartAsync();
        ICognitoKit kit = world.CreateKit();
        CognitoAWSCredentials first = kit.Identity.ForLogins(_ =>
            ValueTask.FromResult(IdentityLogins.Empty.WithGoogle(world.Emulator.IssueSocialToken(CognitoEmulatorSocialExtensions.Google, "google-user-1", GoogleClientId))));
        string identityId = await first.GetIdentityIdAsync();
        world.Emulator.Requests.Clear();

        CognitoAWSCredentials second = kit.Identity.ForLogins(IdentityLogins.Empty.WithGoogle(
            world.Emulator.IssueSocialToken(CognitoEmulatorSocialExtensions.Google, "google-user-1", GoogleClientId)));
        await world.WhoAmIAsync(second);

        Assert.Equal(identityId, await second.GetIdentityIdAsync());
        Assert.Equal(0, world.Emulator.Requests.Count("GetId"));
    }

    [Fact]
    public async Task ForLogins_WithFacebookAccessToken_GivesTheSignedInRole()
    {
        await using IdentityWorld world = await StartAsync();
        ICognitoKit kit = world.CreateKit();
        string token = world.Emulator.IssueSocialToken(CognitoEmulatorSocialExtensions.Facebook, "fb-1", FacebookAppId);

        GetCallerIdentityResponse caller = await world.WhoAmIAsync(kit.Identity.ForLogins(IdentityLogins.Empty.WithFacebook(token, userId: "fb-1")));

        Assert.Equal("arn:aws:sts::123456789012:assumed-role/signed-in/CognitoIdentityCredentials", caller.Arn);
    }

    [Fact]
    public async Task ForLogins_WithSessionAndGoogle_PutsBothLoginsOnTheUsersOneIdentity()
    {
        await using IdentityWorld world = await StartAsync();
        ICognitoKit kit = world.CreateKit();
        CognitoSession session = await world.SignInAsync(kit);
        string userIdentity = await kit.Identity.ForSession(session).GetIdentityIdAsync();
        string googleToken = world.Emulator.IssueSocialToken(CognitoEmulatorSocialExtensions.Google, "google-of-the-user", GoogleClientId);

        CognitoAWSCredentials both = kit.Identity.ForLogins(IdentityLogins.Empty.WithGoogle(googleToken), session);
        await world.WhoAmIAsync(both);
        // A fresh kit (no remembered ids) signing in with Google alone lands on the same identity.
        CognitoAWSCredentials googleOnly = world.CreateKit().Identity.ForLogins(IdentityLogins.Empty.WithGoogle(
            world.Emulator.IssueSocialToken(CognitoEmulatorSocialExtensions.Google, "google-of-the-user", GoogleClientId)));

        Assert.Equal(userIdentity, await both.GetIdentityIdAsync());
        Assert.Equal(userIdentity, await googleOnly.GetIdentityIdAsync());
    }

    [Fact]
    public async Task ForLogins_WithGoogleTokenForAnotherApp_ThrowsIdentityLoginRejected()
    {
        await using IdentityWorld world = await StartAsync();
        ICognitoKit kit = world.CreateKit();
        string token = world.Emulator.IssueSocialToken(CognitoEmulatorSocialExtensions.Google, "google-user-1", "another-app.apps.googleusercontent.com");

        var error = await Assert.ThrowsAsync<IdentityLoginRejectedException>(
            () => kit.Identity.ForLogins(IdentityLogins.Empty.WithGoogle(token)).GetCredentialsAsync());

        Assert.Equal("NotAuthorizedException", error.ErrorCode);
        Assert.Equal(world.IdentityPool.Id, error.IdentityPoolId);
        Assert.Contains("Incorrect token audience", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForLogins_WithOidcProviderToken_GivesTheSignedInRole()
    {
        await using IdentityWorld world = await StartAsync();
        EmulatedOidcProvider oidc = world.Emulator.RegisterOpenIdConnectProvider("https://login.example.com/tenant-7", "web-app");
        await world.Emulator.InvokeAsync("AWSCognitoIdentityService.", "UpdateIdentityPool", new JsonObject
        {
            ["IdentityPoolId"] = world.IdentityPool.Id,
            ["IdentityPoolName"] = world.IdentityPool.Name,
            ["AllowUnauthenticatedIdentities"] = true,
            ["OpenIdConnectProviderARNs"] = new JsonArray(oidc.Arn),
        }, CancellationToken.None);
        ICognitoKit kit = world.CreateKit();
        string token = world.Emulator.IssueSocialToken(oidc.ProviderName, "oidc-user", "web-app");

        GetCallerIdentityResponse caller = await world.WhoAmIAsync(kit.Identity.ForLogins(IdentityLogins.Empty.WithOpenIdConnect("login.example.com/tenant-7", token)));

        Assert.Equal("arn:aws:sts::123456789012:assumed-role/signed-in/CognitoIdentityCredentials", caller.Arn);
    }
}
