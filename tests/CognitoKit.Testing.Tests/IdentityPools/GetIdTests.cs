namespace CognitoKit.Testing.Tests.IdentityPools;

public sealed class GetIdTests
{
    [Fact]
    public async Task GetId_AsGuest_WhenGuestsAllowed_ReturnsRegionalIdentityId()
    {
        await using var bed = await IdentityTestBed.StartAsync(allowGuests: true);

        var identityId = await bed.GetIdAsync();

        Assert.Matches(@"^us-east-1:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", identityId);
    }

    [Fact]
    public async Task GetId_AsGuest_WhenGuestsNotAllowed_ThrowsNotAuthorized()
    {
        await using var bed = await IdentityTestBed.StartAsync(allowGuests: false);

        var message = await bed.FailAsync("GetId", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id }, "NotAuthorizedException");

        Assert.Equal("Unauthenticated access is not supported for this identity pool.", message);
    }

    [Fact]
    public async Task GetId_SignedIn_ReturnsTheSameIdentityForEverySignInOfTheUser()
    {
        await using var bed = await IdentityTestBed.StartAsync();

        var first = await bed.GetIdAsync(bed.Logins(await bed.IdTokenAsync("alice")));
        var second = await bed.GetIdAsync(bed.Logins(await bed.IdTokenAsync("alice")));
        var other = await bed.GetIdAsync(bed.Logins(await bed.IdTokenAsync("bob")));

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task GetId_WithAwsSpelledProviderName_FindsTheSameIdentity()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var token = await bed.IdTokenAsync();

        var local = await bed.GetIdAsync(bed.Logins(token));
        var aws = await bed.GetIdAsync(bed.Logins(token, $"cognito-idp.us-east-1.amazonaws.com/{bed.Scenario.Pool.Id}"));

        Assert.Equal(local, aws);
    }

    [Fact]
    public async Task GetId_WithExpiredIdToken_ThrowsNotAuthorized()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var token = await bed.IdTokenAsync();
        bed.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        var message = await bed.FailAsync("GetId", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id, ["Logins"] = bed.Logins(token) }, "NotAuthorizedException");

        Assert.StartsWith("Invalid login token. Token expired: ", message);
    }

    [Fact]
    public async Task GetId_WithTamperedIdToken_ThrowsNotAuthorized()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var token = await bed.IdTokenAsync("alice");
        var claims = IdentityTestBed.Claims(token);
        claims["sub"] = Guid.NewGuid().ToString();

        var message = await bed.FailAsync("GetId", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id, ["Logins"] = bed.Logins(IdentityTestBed.WithClaims(token, claims)) }, "NotAuthorizedException");

        Assert.StartsWith("Invalid login token.", message);
    }

    [Fact]
    public async Task GetId_WithTokenOfAnUntrustedAppClient_ThrowsIncorrectAudience()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var otherClient = await bed.Scenario.Pool.CreateClientAsync("not-trusted");
        bed.Scenario.Client = otherClient;

        var message = await bed.FailAsync("GetId", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id, ["Logins"] = bed.Logins(await bed.IdTokenAsync()) }, "NotAuthorizedException");

        Assert.Equal("Invalid login token. Incorrect token audience.", message);
    }

    [Fact]
    public async Task GetId_WithTokenOfAnotherUserPool_ThrowsIssuerMismatch()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var otherPool = await bed.Cognito.CreateUserPoolAsync("other");
        await otherPool.AddUserAsync("mallory", IdentityTestBed.Password);
        var otherClient = await otherPool.CreateClientAsync();
        var signIn = await bed.Scenario.Wire.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["ClientId"] = otherClient.ClientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = "mallory", ["PASSWORD"] = IdentityTestBed.Password },
        });
        var foreignToken = (string)signIn["AuthenticationResult"]!["IdToken"]!;

        var message = await bed.FailAsync("GetId", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id, ["Logins"] = bed.Logins(foreignToken) }, "NotAuthorizedException");

        Assert.Equal("Invalid login token. Issuer doesn't match providerName", message);
    }

    [Fact]
    public async Task GetId_WithAccessTokenInsteadOfIdToken_ThrowsMissingAudience()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var signIn = await bed.Scenario.SignInAsync("alice", IdentityTestBed.Password);

        var message = await bed.FailAsync("GetId", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id, ["Logins"] = bed.Logins((string)signIn["AuthenticationResult"]!["AccessToken"]!) }, "NotAuthorizedException");

        Assert.Equal("Invalid login token. Missing a required claim: aud", message);
    }

    [Fact]
    public async Task GetId_WithProviderTheIdentityPoolDoesNotTrust_ThrowsNotAuthorized()
    {
        await using var bed = await IdentityTestBed.StartAsync();

        var message = await bed.FailAsync("GetId", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id, ["Logins"] = bed.Logins(await bed.IdTokenAsync(), "accounts.google.com") }, "NotAuthorizedException");

        Assert.Equal("Token is not from a supported provider of this identity pool.", message);
    }

    [Fact]
    public async Task GetId_ForMissingIdentityPool_ThrowsResourceNotFound()
    {
        await using var bed = await IdentityTestBed.StartAsync();

        var message = await bed.FailAsync("GetId", new JsonObject { ["IdentityPoolId"] = "us-east-1:00000000-0000-0000-0000-000000000000" }, "ResourceNotFoundException");

        Assert.Contains("us-east-1:00000000-0000-0000-0000-000000000000", message);
    }

    [Fact]
    public async Task GetId_WithoutIdentityPoolId_ThrowsInvalidParameter()
    {
        await using var bed = await IdentityTestBed.StartAsync();

        var message = await bed.FailAsync("GetId", new JsonObject(), "InvalidParameterException");

        Assert.Contains("identityPoolId", message);
    }
}
