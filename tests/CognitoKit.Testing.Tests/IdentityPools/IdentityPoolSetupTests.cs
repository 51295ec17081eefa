namespace CognitoKit.Testing.Tests.IdentityPools;

public sealed class IdentityPoolSetupTests
{
    [Fact]
    public async Task CreateIdentityPool_ThenDescribe_EchoesTheConfiguration()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var created = await bed.CallAsync("CreateIdentityPool", new JsonObject
        {
            ["IdentityPoolName"] = "shop identities",
            ["AllowUnauthenticatedIdentities"] = true,
            ["CognitoIdentityProviders"] = new JsonArray(new JsonObject { ["ProviderName"] = bed.ProviderName, ["ClientId"] = bed.Scenario.ClientId }),
            ["SupportedLoginProviders"] = new JsonObject { ["accounts.google.com"] = "google-client" },
            ["OpenIdConnectProviderARNs"] = new JsonArray("arn:aws:iam::123456789012:oidc-provider/example.com"),
        });
        var id = (string)created["IdentityPoolId"]!;

        var described = await bed.CallAsync("DescribeIdentityPool", new JsonObject { ["IdentityPoolId"] = id });

        Assert.Matches("^us-east-1:[0-9a-f-]{36}$", id);
        Assert.Equal("shop identities", (string?)described["IdentityPoolName"]);
        Assert.True((bool)described["AllowUnauthenticatedIdentities"]!);
        Assert.Equal(bed.ProviderName, (string?)described["CognitoIdentityProviders"]![0]!["ProviderName"]);
        Assert.Equal(bed.Scenario.ClientId, (string?)described["CognitoIdentityProviders"]![0]!["ClientId"]);
        Assert.Equal("google-client", (string?)described["SupportedLoginProviders"]!["accounts.google.com"]);
        Assert.Equal("arn:aws:iam::123456789012:oidc-provider/example.com", (string?)described["OpenIdConnectProviderARNs"]![0]);
    }

    [Fact]
    public async Task CreateIdentityPool_WithoutAllowUnauthenticatedIdentities_ThrowsInvalidParameter()
    {
        await using var bed = await IdentityTestBed.StartAsync();

        var message = await bed.FailAsync("CreateIdentityPool", new JsonObject { ["IdentityPoolName"] = "x" }, "InvalidParameterException");

        Assert.Contains("allowUnauthenticatedIdentities", message);
    }

    [Fact]
    public async Task DeleteIdentityPool_ThenDescribe_ThrowsResourceNotFound()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        await bed.CallAsync("DeleteIdentityPool", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id });

        await bed.FailAsync("DescribeIdentityPool", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id }, "ResourceNotFoundException");
        await bed.FailAsync("GetId", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id }, "ResourceNotFoundException");
    }

    [Fact]
    public async Task SetIdentityPoolRoles_ThenGetIdentityPoolRoles_ReturnsTheRoles()
    {
        await using var bed = await IdentityTestBed.StartAsync(roles: false);
        await bed.CallAsync("SetIdentityPoolRoles", new JsonObject
        {
            ["IdentityPoolId"] = bed.IdentityPool.Id,
            ["Roles"] = new JsonObject { ["authenticated"] = "arn:aws:iam::111122223333:role/a", ["unauthenticated"] = "arn:aws:iam::111122223333:role/u" },
        });

        var roles = await bed.CallAsync("GetIdentityPoolRoles", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id });

        Assert.Equal(bed.IdentityPool.Id, (string?)roles["IdentityPoolId"]);
        Assert.Equal("arn:aws:iam::111122223333:role/a", (string?)roles["Roles"]!["authenticated"]);
        Assert.Equal("arn:aws:iam::111122223333:role/u", (string?)roles["Roles"]!["unauthenticated"]);
    }

    [Fact]
    public async Task SetIdentityPoolRoles_WithUnknownRoleType_ThrowsInvalidParameter()
    {
        await using var bed = await IdentityTestBed.StartAsync();

        await bed.FailAsync("SetIdentityPoolRoles", new JsonObject
        {
            ["IdentityPoolId"] = bed.IdentityPool.Id,
            ["Roles"] = new JsonObject { ["admin"] = "arn:aws:iam::111122223333:role/a" },
        }, "InvalidParameterException");
    }

    [Fact]
    public async Task CreateIdentityPoolAsync_SetUpHelper_TrustsTheGivenClient()
    {
        await using var bed = await IdentityTestBed.StartAsync();

        var described = await bed.CallAsync("DescribeIdentityPool", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id });

        Assert.Equal($"{bed.Cognito.Endpoint.Authority}/{bed.Scenario.Pool.Id}", (string?)described["CognitoIdentityProviders"]![0]!["ProviderName"]);
        Assert.Equal(bed.Scenario.ClientId, (string?)described["CognitoIdentityProviders"]![0]!["ClientId"]);
    }
}
