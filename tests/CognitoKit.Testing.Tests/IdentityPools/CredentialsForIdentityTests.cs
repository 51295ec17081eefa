namespace CognitoKit.Testing.Tests.IdentityPools;

public sealed class CredentialsForIdentityTests
{
    [Fact]
    public async Task GetCredentialsForIdentity_AsGuest_IssuesOneHourCredentialsOfTheUnauthenticatedRole()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var identityId = await bed.GetIdAsync();

        var response = await bed.GetCredentialsAsync(identityId);

        var credentials = response["Credentials"]!.AsObject();
        Assert.Equal(identityId, (string?)response["IdentityId"]);
        Assert.Matches("^ASIA[A-Z2-7]{16}$", (string?)credentials["AccessKeyId"]);
        Assert.Equal(40, ((string?)credentials["SecretKey"])?.Length);
        Assert.False(string.IsNullOrEmpty((string?)credentials["SessionToken"]));
        Assert.Equal(System.Text.Json.JsonValueKind.Number, credentials["Expiration"]!.GetValueKind());
        Assert.Equal(bed.Clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds(), (long)credentials["Expiration"]!);
        var issued = bed.Cognito.FindIssuedCredentials((string)credentials["AccessKeyId"]!);
        Assert.Equal(IdentityTestBed.UnauthenticatedRole, issued?.RoleArn);
        Assert.Equal(identityId, issued?.Subject);
    }

    [Fact]
    public async Task GetCredentialsForIdentity_SignedIn_IssuesCredentialsOfTheAuthenticatedRole()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var logins = bed.Logins(await bed.IdTokenAsync());
        var identityId = await bed.GetIdAsync(logins);

        var response = await bed.GetCredentialsAsync(identityId, logins);

        var issued = bed.Cognito.FindIssuedCredentials((string)response["Credentials"]!["AccessKeyId"]!);
        Assert.Equal(IdentityTestBed.AuthenticatedRole, issued?.RoleArn);
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/signed-in-users/CognitoIdentityCredentials", issued?.AssumedRoleArn);
    }

    [Fact]
    public async Task GetCredentialsForIdentity_ForAuthenticatedIdentityWithoutLogins_ThrowsNotAuthorized()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var identityId = await bed.GetIdAsync(bed.Logins(await bed.IdTokenAsync()));

        var message = await bed.FailAsync("GetCredentialsForIdentity", bed.ForIdentity(identityId), "NotAuthorizedException");

        Assert.Equal("Logins don't match. Please include at least one valid login for this identity or identity pool.", message);
    }

    [Fact]
    public async Task GetCredentialsForIdentity_WithAnotherUsersLogin_ThrowsNotAuthorized()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var alice = await bed.GetIdAsync(bed.Logins(await bed.IdTokenAsync("alice")));
        await bed.GetIdAsync(bed.Logins(await bed.IdTokenAsync("bob")));

        var message = await bed.FailAsync("GetCredentialsForIdentity", bed.ForIdentity(alice, bed.Logins(await bed.IdTokenAsync("bob"))), "NotAuthorizedException");

        Assert.StartsWith("Logins don't match.", message);
    }

    [Fact]
    public async Task GetCredentialsForIdentity_ForUnknownIdentity_ThrowsResourceNotFound()
    {
        await using var bed = await IdentityTestBed.StartAsync();

        await bed.FailAsync("GetCredentialsForIdentity", bed.ForIdentity("us-east-1:11111111-2222-3333-4444-555555555555"), "ResourceNotFoundException");
    }

    [Fact]
    public async Task GetCredentialsForIdentity_WhenPoolHasNoRoles_ThrowsInvalidIdentityPoolConfiguration()
    {
        await using var bed = await IdentityTestBed.StartAsync(roles: false);
        var identityId = await bed.GetIdAsync();

        var message = await bed.FailAsync("GetCredentialsForIdentity", bed.ForIdentity(identityId), "InvalidIdentityPoolConfigurationException");

        Assert.Contains("IAM roles", message);
    }

    [Fact]
    public async Task GetCredentialsForIdentity_GuestWhoSignsIn_KeepsTheGuestIdentityAndGetsTheAuthenticatedRole()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var guest = await bed.GetIdAsync();
        var logins = bed.Logins(await bed.IdTokenAsync());

        var response = await bed.GetCredentialsAsync(guest, logins);

        Assert.Equal(guest, (string?)response["IdentityId"]);
        Assert.Equal(IdentityTestBed.AuthenticatedRole, bed.Cognito.FindIssuedCredentials((string)response["Credentials"]!["AccessKeyId"]!)?.RoleArn);
        Assert.Equal(guest, await bed.GetIdAsync(logins));
        var described = await bed.CallAsync("DescribeIdentity", bed.ForIdentity(guest));
        Assert.Equal(bed.ProviderName, (string?)described["Logins"]![0]);
    }

    [Fact]
    public async Task GetCredentialsForIdentity_GuestWhoSignsInAsUserWithAnIdentity_IsMergedIntoTheUsersIdentity()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var logins = bed.Logins(await bed.IdTokenAsync());
        var userIdentity = await bed.GetIdAsync(logins);
        var guest = await bed.GetIdAsync();

        var response = await bed.GetCredentialsAsync(guest, logins);

        Assert.Equal(userIdentity, (string?)response["IdentityId"]);
        Assert.NotEqual(guest, userIdentity);
    }

    [Fact]
    public async Task GetCredentialsForIdentity_AsGuestAfterGuestsAreDisallowed_ThrowsNotAuthorized()
    {
        await using var bed = await IdentityTestBed.StartAsync(allowGuests: true);
        var guest = await bed.GetIdAsync();
        await bed.CallAsync("UpdateIdentityPool", new JsonObject
        {
            ["IdentityPoolId"] = bed.IdentityPool.Id,
            ["IdentityPoolName"] = bed.IdentityPool.Name,
            ["AllowUnauthenticatedIdentities"] = false,
        });

        var message = await bed.FailAsync("GetCredentialsForIdentity", bed.ForIdentity(guest), "NotAuthorizedException");

        Assert.Equal("Unauthenticated access is not supported for this identity pool.", message);
    }

    [Fact]
    public async Task ListIdentities_ShowsGuestsAndSignedInIdentities()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var guest = await bed.GetIdAsync();
        var user = await bed.GetIdAsync(bed.Logins(await bed.IdTokenAsync()));

        var response = await bed.CallAsync("ListIdentities", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id, ["MaxResults"] = 60 });

        var ids = response["Identities"]!.AsArray().Select(i => (string?)i!["IdentityId"]).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Contains(guest, ids);
        Assert.Contains(user, ids);
    }
}
