using CognitoKit.Errors;
using CognitoKit.Tokens;

namespace CognitoKit.IntegrationTests.CognitoLocal;

/// <summary>
/// <c>cognito.Admin</c>'s groups, user listing, enabling and server-side sign-in against cognito-local, which implements
/// those operations independently (it has no <c>AdminResetUserPassword</c> and orders <c>cognito:groups</c> by name, so
/// neither is checked here).
/// </summary>
public sealed class CognitoLocalAdminTests(CognitoLocalFixture peer) : IClassFixture<CognitoLocalFixture>
{
    private const string Password = "Passw0rd!";

    private ICognitoKit Kit => peer.Kit;

    [Fact]
    public async Task Groups_CreateGetListAndDelete()
    {
        string name = "g" + Guid.NewGuid().ToString("N")[..10];

        CognitoGroup created = await Kit.Admin.CreateGroupAsync(name, "A peer group", precedence: 3);
        CognitoGroup read = await Kit.Admin.GetGroupAsync(name);
        List<string> names = [];
        await foreach (CognitoGroup group in Kit.Admin.ListGroupsAsync())
        {
            names.Add(group.GroupName);
        }

        await Kit.Admin.DeleteGroupAsync(name);

        Assert.Equal(name, created.GroupName);
        Assert.Equal("A peer group", read.Description);
        Assert.Equal(3, read.Precedence);
        Assert.Contains(name, names);
        await Assert.ThrowsAnyAsync<CognitoException>(() => Kit.Admin.GetGroupAsync(name));
    }

    [Fact]
    public async Task Membership_ShowsInListingsAndInTheTokens()
    {
        string name = "g" + Guid.NewGuid().ToString("N")[..10];
        string username = await peer.CreateConfirmedUserAsync(Password);
        await Kit.Admin.CreateGroupAsync(name);

        await Kit.Admin.AddUserToGroupAsync(username, name);
        CognitoPage<CognitoGroup> groups = await Kit.Admin.ListGroupsForUserPageAsync(username);
        List<string> members = [];
        await foreach (CognitoUser user in Kit.Admin.ListUsersInGroupAsync(name))
        {
            members.Add(user.Username);
        }

        CognitoSession session = await peer.SignInAsync(username, Password);
        CognitoTokenValidationResult access = await Kit.Tokens.ValidateAsync(session.Tokens.AccessToken, CognitoTokenUse.Access);
        await Kit.Admin.RemoveUserFromGroupAsync(username, name);
        CognitoPage<CognitoGroup> after = await Kit.Admin.ListGroupsForUserPageAsync(username);

        Assert.Equal([name], groups.Items.Select(g => g.GroupName));
        Assert.Equal([username], members);
        Assert.Equal([name], access.Claims!.Groups);
        Assert.Empty(after.Items);
    }

    [Fact]
    public async Task ListUsers_WithAnEmailFilter_FindsTheUser()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);

        List<string> found = [];
        await foreach (CognitoUser user in Kit.Admin.ListUsersAsync(UserFilter.EqualTo("email", username + "@example.com")))
        {
            found.Add(user.Username);
        }

        Assert.Equal([username], found);
    }

    [Fact]
    public async Task SignInAsync_ThroughAdminInitiateAuth_IssuesTokens_AndDisableEnableAndUpdateAct()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);

        CognitoSession session = Assert.IsType<SignedIn>(await Kit.Admin.SignInAsync(username, Password)).Session;
        await Kit.Admin.UpdateUserAttributesAsync(username, new Dictionary<string, string> { ["given_name"] = "Ann" });
        await Kit.Admin.DisableUserAsync(username);
        CognitoUser disabled = await Kit.Admin.GetUserAsync(username);
        await Kit.Admin.EnableUserAsync(username);
        CognitoUser enabled = await Kit.Admin.GetUserAsync(username);

        Assert.Equal(username, session.Username);
        Assert.False(disabled.Enabled);
        Assert.True(enabled.Enabled);
        Assert.Equal("Ann", enabled.Attributes["given_name"]);
    }
}
