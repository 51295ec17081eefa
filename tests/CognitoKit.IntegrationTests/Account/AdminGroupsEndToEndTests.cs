using Amazon.Runtime;
using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using static CognitoKit.IntegrationTests.Account.AccountFlows;

namespace CognitoKit.IntegrationTests.Account;

[Collection(EmulatorCollection.Name)]
public sealed class AdminGroupsEndToEndTests(EmulatorFixture emulator)
{
    private const string ReaderRole = "arn:aws:iam::000000000000:role/readers";
    private const string EditorRole = "arn:aws:iam::000000000000:role/editors";

    [Fact]
    public async Task Groups_CreateGetUpdateListAndDelete_ThroughAdmin()
    {
        ICognitoKit kit = AdminKit(await emulator.CreatePoolAsync());

        CognitoGroup created = await kit.Admin.CreateGroupAsync("editors", "People who edit", precedence: 2, roleArn: EditorRole);
        CognitoGroup updated = await kit.Admin.UpdateGroupAsync("editors", precedence: 1);
        CognitoGroup read = await kit.Admin.GetGroupAsync("editors");
        await kit.Admin.CreateGroupAsync("readers");
        List<string> names = [];
        await foreach (CognitoGroup group in kit.Admin.ListGroupsAsync())
        {
            names.Add(group.GroupName);
        }

        await kit.Admin.DeleteGroupAsync("readers");

        Assert.Equal(new CognitoGroup("editors", "People who edit", 2, EditorRole, created.CreatedAt, created.LastModifiedAt), created);
        Assert.NotNull(created.CreatedAt);
        Assert.Equal(1, updated.Precedence);
        Assert.Equal("People who edit", updated.Description);
        Assert.Equal(EditorRole, read.RoleArn);
        Assert.Equal(["editors", "readers"], names);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => kit.Admin.GetGroupAsync("readers"));
        await Assert.ThrowsAsync<GroupExistsException>(() => kit.Admin.CreateGroupAsync("editors"));
    }

    [Fact]
    public async Task ListGroupsPage_WalksThePagesWithTheContinuationToken()
    {
        ICognitoKit kit = AdminKit(await emulator.CreatePoolAsync());
        foreach (string name in new[] { "c", "a", "b" })
        {
            await kit.Admin.CreateGroupAsync(name);
        }

        CognitoPage<CognitoGroup> first = await kit.Admin.ListGroupsPageAsync(limit: 2);
        CognitoPage<CognitoGroup> second = await kit.Admin.ListGroupsPageAsync(first.NextToken, limit: 2);

        Assert.Equal(["a", "b"], first.Items.Select(g => g.GroupName));
        Assert.True(first.HasMore);
        Assert.Equal(["c"], second.Items.Select(g => g.GroupName));
        Assert.False(second.HasMore);
        Assert.DoesNotContain(first.NextToken!, first.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Membership_AddListAndRemove_ThroughAdmin()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = AdminKit(pool);
        string ann = await pool.CreateUserAsync(NewUsername(), Password);
        string bob = await pool.CreateUserAsync(NewUsername(), Password);
        await kit.Admin.CreateGroupAsync("staff");
        await kit.Admin.CreateGroupAsync("admins", precedence: 0);

        await kit.Admin.AddUserToGroupAsync(ann, "staff");
        await kit.Admin.AddUserToGroupAsync(bob, "staff");
        await kit.Admin.AddUserToGroupAsync(ann, "admins");
        List<string> staff = [];
        await foreach (CognitoUser user in kit.Admin.ListUsersInGroupAsync("staff"))
        {
            staff.Add(user.Username);
        }

        CognitoPage<CognitoGroup> annGroups = await kit.Admin.ListGroupsForUserPageAsync(ann);
        await kit.Admin.RemoveUserFromGroupAsync(ann, "staff");
        List<string> after = [];
        await foreach (CognitoGroup group in kit.Admin.ListGroupsForUserAsync(ann))
        {
            after.Add(group.GroupName);
        }

        Assert.Equal(new[] { ann, bob }.Order(StringComparer.Ordinal), staff);
        Assert.Equal(["admins", "staff"], annGroups.Items.Select(g => g.GroupName));
        Assert.Equal(["admins"], after);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => kit.Admin.AddUserToGroupAsync(ann, "nobody-group"));
    }

    [Fact]
    public async Task SignIn_TokensCarryGroupsByPrecedence_AndThePreferredRole()
    {
        TestPool pool = await emulator.CreatePoolAsync(AdminSignInPool);
        ICognitoKit kit = AdminKit(pool);
        string ann = await pool.CreateUserAsync(NewUsername(), Password);
        await kit.Admin.CreateGroupAsync("readers", precedence: 5, roleArn: ReaderRole);
        await kit.Admin.CreateGroupAsync("editors", precedence: 1, roleArn: EditorRole);
        await kit.Admin.CreateGroupAsync("everyone");
        foreach (string group in new[] { "everyone", "readers", "editors" })
        {
            await kit.Admin.AddUserToGroupAsync(ann, group);
        }

        CognitoSession session = Assert.IsType<SignedIn>(await kit.Admin.SignInAsync(ann, Password)).Session;
        CognitoTokenValidationResult id = await kit.Tokens.ValidateAsync(session.Tokens.IdToken, CognitoTokenUse.Id);
        CognitoTokenValidationResult access = await kit.Tokens.ValidateAsync(session.Tokens.AccessToken, CognitoTokenUse.Access);

        Assert.True(id.IsValid, id.Message);
        Assert.Equal(["editors", "readers", "everyone"], id.Claims!.Groups);
        Assert.Equal(["editors", "readers", "everyone"], access.Claims!.Groups);
        Assert.Equal(EditorRole, id.Claims.Principal.FindFirst("cognito:preferred_role")?.Value);
        Assert.Equal([EditorRole, ReaderRole], id.Claims.Principal.FindAll("cognito:roles").Select(c => c.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    public async Task GroupNames_CognitoWouldRefuse_AreRefusedBeforeAnyCall(string name)
    {
        ICognitoKit kit = AdminKit(await emulator.CreatePoolAsync());

        await Assert.ThrowsAsync<ArgumentException>(() => kit.Admin.CreateGroupAsync(name));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => kit.Admin.CreateGroupAsync("ok", precedence: -1));
        await Assert.ThrowsAsync<ArgumentException>(() => kit.Admin.CreateGroupAsync("ok", roleArn: "readers"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => kit.Admin.ListGroupsPageAsync(limit: 61));
    }

    internal static readonly TestPoolSettings AdminSignInPool = new()
    {
        ExplicitAuthFlows = ["ALLOW_USER_SRP_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        AutoVerifiedAttributes = ["email"],
    };

    internal static ICognitoKit AdminKit(TestPool pool) =>
        pool.CreateKit(configureKit: k => k.AddAdminCredentials(new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")));
}
