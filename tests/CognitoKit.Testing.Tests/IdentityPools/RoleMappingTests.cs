namespace CognitoKit.Testing.Tests.IdentityPools;

/// <summary>
/// An identity pool's role mappings choose a signed-in identity's role: from the ID token (<c>Token</c>: the group
/// role in <c>cognito:preferred_role</c>, or a <c>CustomRoleArn</c> among <c>cognito:roles</c>) or by claim rules
/// (<c>Rules</c>), with <c>AmbiguousRoleResolution</c> deciding when neither does. All over HTTP, as an SDK calls it.
/// </summary>
public sealed class RoleMappingTests
{
    private const string AdminRole = "arn:aws:iam::123456789012:role/admins";
    private const string EditorRole = "arn:aws:iam::123456789012:role/editors";
    private const string RuleRole = "arn:aws:iam::123456789012:role/alice-by-rule";

    [Fact]
    public async Task TokenMapping_UsesThePreferredRoleOfTheUsersGroups()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        await GroupAsync(bed, "admins", AdminRole, precedence: 1, "alice");
        await GroupAsync(bed, "editors", EditorRole, precedence: 5, "alice");
        await MapAsync(bed, TokenMapping("AuthenticatedRole"));

        var role = await RoleOfAsync(bed, "alice");

        Assert.Equal(AdminRole, role);
    }

    [Fact]
    public async Task TokenMapping_WithCustomRoleAmongTheTokensRoles_IssuesThatRole()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        await GroupAsync(bed, "admins", AdminRole, precedence: 1, "alice");
        await GroupAsync(bed, "editors", EditorRole, precedence: 5, "alice");
        await MapAsync(bed, TokenMapping("AuthenticatedRole"));

        var role = await RoleOfAsync(bed, "alice", customRoleArn: EditorRole);

        Assert.Equal(EditorRole, role);
    }

    [Fact]
    public async Task TokenMapping_WithCustomRoleNotInTheToken_ThrowsNotAuthorized()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        await GroupAsync(bed, "editors", EditorRole, precedence: 5, "alice");
        await MapAsync(bed, TokenMapping("AuthenticatedRole"));
        var request = await CredentialsRequestAsync(bed, "alice", customRoleArn: AdminRole);

        var message = await bed.FailAsync("GetCredentialsForIdentity", request, "NotAuthorizedException");

        Assert.Contains(AdminRole, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AuthenticatedRole", true)]
    [InlineData("Deny", false)]
    public async Task TokenMapping_ForUserWithoutGroupRole_FollowsAmbiguousRoleResolution(string resolution, bool issued)
    {
        await using var bed = await IdentityTestBed.StartAsync();
        await GroupAsync(bed, "admins", AdminRole, precedence: 1, "bob");
        await MapAsync(bed, TokenMapping(resolution));

        if (issued)
        {
            Assert.Equal(IdentityTestBed.AuthenticatedRole, await RoleOfAsync(bed, "alice"));
        }
        else
        {
            await bed.FailAsync("GetCredentialsForIdentity", await CredentialsRequestAsync(bed, "alice"), "NotAuthorizedException");
        }
    }

    [Fact]
    public async Task RulesMapping_TheFirstMatchingRuleInOrderChoosesTheRole()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        await MapAsync(bed, RulesMapping(
            "Deny",
            Rule("cognito:username", "Equals", "carol", AdminRole),
            Rule("cognito:username", "StartsWith", "ali", RuleRole),
            Rule("token_use", "Equals", "id", EditorRole)));

        Assert.Equal(RuleRole, await RoleOfAsync(bed, "alice"));
        Assert.Equal(EditorRole, await RoleOfAsync(bed, "bob"));
    }

    [Fact]
    public async Task RulesMapping_WhenNoRuleMatchesAndDeny_ThrowsNotAuthorized()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        await MapAsync(bed, RulesMapping("Deny", Rule("cognito:username", "Contains", "zzz", RuleRole), Rule("no-such-claim", "NotEqual", "x", AdminRole)));
        var request = await CredentialsRequestAsync(bed, "alice");

        await bed.FailAsync("GetCredentialsForIdentity", request, "NotAuthorizedException");
    }

    [Fact]
    public async Task Mapping_ForAnotherAppClient_IsNotApplied()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        await GroupAsync(bed, "admins", AdminRole, precedence: 1, "alice");
        await MapAsync(bed, TokenMapping("Deny"), clientId: "another-app-client-id");

        Assert.Equal(IdentityTestBed.AuthenticatedRole, await RoleOfAsync(bed, "alice"));
    }

    [Fact]
    public async Task Mapping_LeavesGuestsWithTheUnauthenticatedRole()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        await MapAsync(bed, RulesMapping("Deny", Rule("cognito:username", "Equals", "alice", RuleRole)));
        var guest = await bed.GetIdAsync();

        var response = await bed.GetCredentialsAsync(guest);

        Assert.Equal(IdentityTestBed.UnauthenticatedRole, bed.Cognito.FindIssuedCredentials((string)response["Credentials"]!["AccessKeyId"]!)?.RoleArn);
    }

    public static TheoryData<string, string> InvalidMappings => new()
    {
        { """{ "AmbiguousRoleResolution": "Deny" }""", "Type of Token or Rules" },
        { """{ "Type": "Token" }""", "AmbiguousRoleResolution" },
        { """{ "Type": "Rules", "AmbiguousRoleResolution": "Deny" }""", "1 to 25 rules" },
        { """{ "Type": "Rules", "AmbiguousRoleResolution": "Deny", "RulesConfiguration": { "Rules": [ { "Claim": "c", "MatchType": "Like", "Value": "v", "RoleARN": "arn:aws:iam::123456789012:role/r" } ] } }""", "MatchType" },
        { """{ "Type": "Rules", "AmbiguousRoleResolution": "Deny", "RulesConfiguration": { "Rules": [ { "Claim": "c", "MatchType": "Equals", "Value": "v", "RoleARN": "not-an-arn" } ] } }""", "RoleARN" },
    };

    [Theory]
    [MemberData(nameof(InvalidMappings))]
    public async Task SetIdentityPoolRoles_WithInvalidMapping_ThrowsInvalidParameterAndChangesNothing(string mapping, string named)
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var body = RolesRequest(bed, JsonNode.Parse(mapping)!.AsObject());
        body["Roles"] = new JsonObject { ["authenticated"] = AdminRole };

        var message = await bed.FailAsync("SetIdentityPoolRoles", body, "InvalidParameterException");

        Assert.Contains(named, message, StringComparison.Ordinal);
        var roles = await bed.CallAsync("GetIdentityPoolRoles", new JsonObject { ["IdentityPoolId"] = bed.IdentityPool.Id });
        Assert.Equal(IdentityTestBed.AuthenticatedRole, (string?)roles["Roles"]!["authenticated"]);
        Assert.Null(roles["RoleMappings"]);
    }

    private static JsonObject TokenMapping(string resolution) => new() { ["Type"] = "Token", ["AmbiguousRoleResolution"] = resolution };

    private static JsonObject RulesMapping(string resolution, params JsonObject[] rules) => new()
    {
        ["Type"] = "Rules",
        ["AmbiguousRoleResolution"] = resolution,
        ["RulesConfiguration"] = new JsonObject { ["Rules"] = new JsonArray([.. rules]) },
    };

    private static JsonObject Rule(string claim, string matchType, string value, string role) => new()
    {
        ["Claim"] = claim,
        ["MatchType"] = matchType,
        ["Value"] = value,
        ["RoleARN"] = role,
    };

    private static JsonObject RolesRequest(IdentityTestBed bed, JsonObject mapping, string? clientId = null) => new()
    {
        ["IdentityPoolId"] = bed.IdentityPool.Id,
        ["Roles"] = new JsonObject { ["authenticated"] = IdentityTestBed.AuthenticatedRole, ["unauthenticated"] = IdentityTestBed.UnauthenticatedRole },
        ["RoleMappings"] = new JsonObject { [$"{bed.ProviderName}:{clientId ?? bed.Scenario.ClientId}"] = mapping },
    };

    private static Task MapAsync(IdentityTestBed bed, JsonObject mapping, string? clientId = null) =>
        bed.CallAsync("SetIdentityPoolRoles", RolesRequest(bed, mapping, clientId));

    private static async Task GroupAsync(IdentityTestBed bed, string group, string role, int precedence, string member)
    {
        await bed.Scenario.Wire.CallAsync("CreateGroup", new JsonObject
        {
            ["UserPoolId"] = bed.Scenario.Pool.Id,
            ["GroupName"] = group,
            ["RoleArn"] = role,
            ["Precedence"] = precedence,
        });
        await bed.Scenario.Pool.AddUserToGroupAsync(member, group);
    }

    /// <summary>Signs the user in and gets their identity: the GetCredentialsForIdentity request for it.</summary>
    private static async Task<JsonObject> CredentialsRequestAsync(IdentityTestBed bed, string user, string? customRoleArn = null)
    {
        var logins = bed.Logins(await bed.IdTokenAsync(user));
        var body = bed.ForIdentity(await bed.GetIdAsync(logins), logins);
        if (customRoleArn is not null)
        {
            body["CustomRoleArn"] = customRoleArn;
        }

        return body;
    }

    /// <summary>The role of the credentials the user gets.</summary>
    private static async Task<string?> RoleOfAsync(IdentityTestBed bed, string user, string? customRoleArn = null)
    {
        var response = await bed.CallAsync("GetCredentialsForIdentity", await CredentialsRequestAsync(bed, user, customRoleArn));
        return bed.Cognito.FindIssuedCredentials((string)response["Credentials"]!["AccessKeyId"]!)?.RoleArn;
    }
}
