using Microsoft.IdentityModel.JsonWebTokens;

namespace CognitoKit.Testing.Tests.Admin;

public sealed class GroupTests
{
    private const string ReaderRole = "arn:aws:iam::000000000000:role/readers";
    private const string EditorRole = "arn:aws:iam::000000000000:role/editors";

    private static JsonObject Pool(Scenario s, JsonObject body)
    {
        body["UserPoolId"] = s.Pool.Id;
        return body;
    }

    private static Task<JsonObject> CreateGroupAsync(Scenario s, string name, int? precedence = null, string? role = null)
    {
        var body = Pool(s, new JsonObject { ["GroupName"] = name });
        if (precedence is { } p)
        {
            body["Precedence"] = p;
        }

        if (role is not null)
        {
            body["RoleArn"] = role;
        }

        return s.Wire.CallAsync("CreateGroup", body);
    }

    private static Task AddAsync(Scenario s, string user, string group) =>
        s.Wire.CallAsync("AdminAddUserToGroup", Pool(s, new JsonObject { ["Username"] = user, ["GroupName"] = group }));

    private static async Task<JsonWebToken> IdTokenAsync(Scenario s, string user)
    {
        var result = await s.Wire.CallAsync("AdminInitiateAuth", Pool(s, new JsonObject
        {
            ["ClientId"] = s.ClientId,
            ["AuthFlow"] = "ADMIN_USER_PASSWORD_AUTH",
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = user, ["PASSWORD"] = "Passw0rd!" },
        }));
        return new JsonWebToken((string)result["AuthenticationResult"]!["IdToken"]!);
    }

    private static string[] Strings(JsonWebToken token, string claim) =>
        token.TryGetPayloadValue(claim, out string[]? values) && values is not null ? values : [];

    [Fact]
    public async Task CreateGetUpdateDelete_RoundTripTheGroup()
    {
        await using var s = await Scenario.StartAsync();

        var created = await s.Wire.CallAsync("CreateGroup", Pool(s, new JsonObject { ["GroupName"] = "staff", ["Description"] = "Staff", ["Precedence"] = 3, ["RoleArn"] = ReaderRole }));
        var read = await s.Wire.CallAsync("GetGroup", Pool(s, new JsonObject { ["GroupName"] = "staff" }));
        var updated = await s.Wire.CallAsync("UpdateGroup", Pool(s, new JsonObject { ["GroupName"] = "staff", ["Precedence"] = 1 }));
        await s.Wire.CallAsync("DeleteGroup", Pool(s, new JsonObject { ["GroupName"] = "staff" }));

        Assert.Equal("staff", (string?)created["Group"]!["GroupName"]);
        Assert.Equal(s.Pool.Id, (string?)read["Group"]!["UserPoolId"]);
        Assert.Equal("Staff", (string?)read["Group"]!["Description"]);
        Assert.Equal(3, (int)read["Group"]!["Precedence"]!);
        Assert.Equal(1, (int)updated["Group"]!["Precedence"]!);
        Assert.Equal("Staff", (string?)updated["Group"]!["Description"]);
        Assert.Equal(ReaderRole, (string?)updated["Group"]!["RoleArn"]);
        await s.Wire.FailAsync("GetGroup", Pool(s, new JsonObject { ["GroupName"] = "staff" }), "ResourceNotFoundException");
    }

    [Fact]
    public async Task CreateGroup_Twice_AnswersGroupExists_AndNegativePrecedenceIsRefused()
    {
        await using var s = await Scenario.StartAsync();
        await CreateGroupAsync(s, "staff");

        await s.Wire.FailAsync("CreateGroup", Pool(s, new JsonObject { ["GroupName"] = "staff" }), "GroupExistsException");
        var message = await s.Wire.FailAsync("CreateGroup", Pool(s, new JsonObject { ["GroupName"] = "other", ["Precedence"] = -1 }), "InvalidParameterException");
        Assert.Contains("precedence", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListGroups_PagesWithLimitAndNextToken_WithoutRepeats()
    {
        await using var s = await Scenario.StartAsync();
        foreach (var name in new[] { "e", "a", "d", "c", "b" })
        {
            await CreateGroupAsync(s, name);
        }

        var first = await s.Wire.CallAsync("ListGroups", Pool(s, new JsonObject { ["Limit"] = 2 }));
        var second = await s.Wire.CallAsync("ListGroups", Pool(s, new JsonObject { ["Limit"] = 2, ["NextToken"] = (string)first["NextToken"]! }));
        var third = await s.Wire.CallAsync("ListGroups", Pool(s, new JsonObject { ["Limit"] = 2, ["NextToken"] = (string)second["NextToken"]! }));

        string[] Names(JsonObject page) => [.. page["Groups"]!.AsArray().Select(g => (string)g!["GroupName"]!)];
        Assert.Equal(["a", "b"], Names(first));
        Assert.Equal(["c", "d"], Names(second));
        Assert.Equal(["e"], Names(third));
        Assert.Null(third["NextToken"]);
        await s.Wire.FailAsync("ListGroups", Pool(s, new JsonObject { ["Limit"] = 61 }), "InvalidParameterException");
        await s.Wire.FailAsync("ListGroups", Pool(s, new JsonObject { ["NextToken"] = "not-a-token" }), "InvalidParameterException");
    }

    [Fact]
    public async Task Membership_IsListedBothWays_AndRemovalAndGroupDeletionEndIt()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        await s.Pool.AddUserAsync("bob", "Passw0rd!");
        await CreateGroupAsync(s, "staff");
        await CreateGroupAsync(s, "admins");
        await AddAsync(s, "ann", "staff");
        await AddAsync(s, "bob", "staff");
        await AddAsync(s, "ann", "admins");

        var members = await s.Wire.CallAsync("ListUsersInGroup", Pool(s, new JsonObject { ["GroupName"] = "staff", ["Limit"] = 1 }));
        var rest = await s.Wire.CallAsync("ListUsersInGroup", Pool(s, new JsonObject { ["GroupName"] = "staff", ["NextToken"] = (string)members["NextToken"]! }));
        var annGroups = await s.Wire.CallAsync("AdminListGroupsForUser", Pool(s, new JsonObject { ["Username"] = "ann" }));
        await s.Wire.CallAsync("AdminRemoveUserFromGroup", Pool(s, new JsonObject { ["Username"] = "ann", ["GroupName"] = "staff" }));
        await s.Wire.CallAsync("DeleteGroup", Pool(s, new JsonObject { ["GroupName"] = "admins" }));
        var after = await s.Wire.CallAsync("AdminListGroupsForUser", Pool(s, new JsonObject { ["Username"] = "ann" }));

        Assert.Equal("ann", (string?)members["Users"]![0]!["Username"]);
        Assert.Equal("CONFIRMED", (string?)members["Users"]![0]!["UserStatus"]);
        Assert.Equal("bob", (string?)Assert.Single(rest["Users"]!.AsArray())!["Username"]);
        Assert.Equal(["admins", "staff"], annGroups["Groups"]!.AsArray().Select(g => (string)g!["GroupName"]!));
        Assert.Empty(after["Groups"]!.AsArray());
        await s.Wire.FailAsync("AdminAddUserToGroup", Pool(s, new JsonObject { ["Username"] = "ann", ["GroupName"] = "admins" }), "ResourceNotFoundException");
        await s.Wire.FailAsync("AdminListGroupsForUser", Pool(s, new JsonObject { ["Username"] = "nobody" }), "UserNotFoundException");
        await s.Wire.FailAsync("ListUsersInGroup", Pool(s, new JsonObject { ["GroupName"] = "admins" }), "ResourceNotFoundException");
    }

    [Fact]
    public async Task IdToken_ListsGroupsByPrecedence_WithRolesAndThePreferredRole()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        await CreateGroupAsync(s, "aaa-unranked");
        await CreateGroupAsync(s, "readers", precedence: 5, role: ReaderRole);
        await CreateGroupAsync(s, "editors", precedence: 1, role: EditorRole);
        await CreateGroupAsync(s, "zzz-first", precedence: 0);
        foreach (var group in new[] { "aaa-unranked", "readers", "editors", "zzz-first" })
        {
            await AddAsync(s, "ann", group);
        }

        var id = await IdTokenAsync(s, "ann");

        Assert.Equal(["zzz-first", "editors", "readers", "aaa-unranked"], Strings(id, "cognito:groups"));
        Assert.Equal([EditorRole, ReaderRole], Strings(id, "cognito:roles"));
        Assert.Equal(EditorRole, id.GetClaim("cognito:preferred_role").Value);
    }

    /// <summary>A request built in code (an <c>int</c> precedence in a <c>JsonObject</c>) means what the same JSON means over HTTP.</summary>
    [Fact]
    public async Task CreateGroup_CalledInProcessWithIntPrecedence_DecidesThePreferredRoleAsOverHttp()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        foreach (var (name, precedence, role) in new[] { ("readers", 5, ReaderRole), ("editors", 1, EditorRole) })
        {
            await s.Cognito.InvokeAsync("CreateGroup", new JsonObject
            {
                ["UserPoolId"] = s.Pool.Id,
                ["GroupName"] = name,
                ["Precedence"] = precedence,
                ["RoleArn"] = role,
            });
            await s.Pool.AddUserToGroupAsync("ann", name);
        }

        var id = await IdTokenAsync(s, "ann");

        Assert.Equal(["editors", "readers"], Strings(id, "cognito:groups"));
        Assert.Equal(EditorRole, id.GetClaim("cognito:preferred_role").Value);
    }

    [Fact]
    public async Task IdToken_WithTwoRolesAtTheSamePrecedence_HasNoPreferredRole()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        await CreateGroupAsync(s, "readers", precedence: 2, role: ReaderRole);
        await CreateGroupAsync(s, "editors", precedence: 2, role: EditorRole);
        await AddAsync(s, "ann", "readers");
        await AddAsync(s, "ann", "editors");

        var id = await IdTokenAsync(s, "ann");

        Assert.Equal(["editors", "readers"], Strings(id, "cognito:groups"));
        Assert.Equal(2, Strings(id, "cognito:roles").Length);
        Assert.False(id.TryGetClaim("cognito:preferred_role", out _));
    }
}
