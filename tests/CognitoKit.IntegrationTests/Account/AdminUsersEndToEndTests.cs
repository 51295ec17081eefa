using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;
using static CognitoKit.IntegrationTests.Account.AccountFlows;
using static CognitoKit.IntegrationTests.Account.AdminGroupsEndToEndTests;

namespace CognitoKit.IntegrationTests.Account;

[Collection(EmulatorCollection.Name)]
public sealed class AdminUsersEndToEndTests(EmulatorFixture emulator)
{
    private static Dictionary<string, string> Email(string username) => new() { ["email"] = username + "@example.com" };

    [Fact]
    public async Task ListUsers_WithAFilter_MatchesExactlyOrByPrefix_AndPagesThrough()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = AdminKit(pool);
        string prefix = NewUsername();
        foreach (string suffix in new[] { "a", "b", "c" })
        {
            await pool.CreateUserAsync(prefix + suffix, Password, Email(prefix + suffix));
        }

        await pool.CreateUserAsync(NewUsername(), Password);
        List<string> exact = [];
        await foreach (CognitoUser user in kit.Admin.ListUsersAsync(UserFilter.EqualTo("email", prefix + "b@example.com")))
        {
            exact.Add(user.Username);
        }

        CognitoPage<CognitoUser> first = await kit.Admin.ListUsersPageAsync(UserFilter.StartsWith("username", prefix), limit: 2, attributesToGet: ["email"]);
        CognitoPage<CognitoUser> second = await kit.Admin.ListUsersPageAsync(UserFilter.StartsWith("username", prefix), first.NextToken, limit: 2);
        int everyone = 0;
        await foreach (CognitoUser _ in kit.Admin.ListUsersAsync())
        {
            everyone++;
        }

        Assert.Equal([prefix + "b"], exact);
        Assert.Equal([prefix + "a", prefix + "b"], first.Items.Select(u => u.Username));
        Assert.Equal(["email"], first.Items[0].Attributes.Keys);
        Assert.Equal("CONFIRMED", first.Items[0].Status);
        Assert.Equal([prefix + "c"], second.Items.Select(u => u.Username));
        Assert.Null(second.NextToken);
        Assert.Equal(4, everyone);
    }

    [Fact]
    public async Task ListUsers_AValueWithQuotesAndBackslashes_MatchesOnlyThatValue()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = AdminKit(pool);
        string tricky = "Ann \"The\" Admin\\\" or name ^= \"";
        string named = await pool.CreateUserAsync(NewUsername(), Password, new Dictionary<string, string> { ["name"] = tricky });
        await pool.CreateUserAsync(NewUsername(), Password, new Dictionary<string, string> { ["name"] = "Ann" });

        CognitoPage<CognitoUser> page = await kit.Admin.ListUsersPageAsync(UserFilter.EqualTo("name", tricky));

        Assert.Equal(named, Assert.Single(page.Items).Username);
    }

    [Fact]
    public async Task DisableUser_StopsSignInAndRefresh_AndEnableUserRestoresSignIn()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = AdminKit(pool);
        string username = await pool.CreateUserAsync(NewUsername(), Password);
        CognitoSession session = await SignInAsync(kit, username, Password);

        await kit.Admin.DisableUserAsync(username);
        var signIn = await Assert.ThrowsAsync<NotAuthorizedException>(() => kit.SignIn(username, Password).SendAsync());
        await Assert.ThrowsAnyAsync<CognitoKitException>(() => session.RefreshAsync());
        CognitoUser disabled = await kit.Admin.GetUserAsync(username);
        await kit.Admin.EnableUserAsync(username);

        Assert.Equal("User is disabled.", signIn.Message);
        Assert.False(disabled.Enabled);
        Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync());
    }

    [Fact]
    public async Task ResetUserPassword_SignInAsksForAReset_AndTheMailedCodeSetsANewPassword()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = AdminKit(pool);
        string username = await pool.CreateUserAsync(NewUsername(), Password, Email(NewUsername()));

        await kit.Admin.ResetUserPasswordAsync(username, new Dictionary<string, string> { ["reason"] = "support ticket" });
        await Assert.ThrowsAsync<PasswordResetRequiredException>(() => kit.SignIn(username, Password).SendAsync());
        string code = pool.Emulator.Inbox.LatestCode(username, MessagePurpose.ForgotPassword);
        await kit.ConfirmForgotPassword(username, code, "N3wPassw0rd!").SendAsync();

        Assert.IsType<SignedIn>(await kit.SignIn(username, "N3wPassw0rd!").SendAsync());
    }

    [Fact]
    public async Task UpdateUserAttributes_SetsThem()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = AdminKit(pool);
        string username = await pool.CreateUserAsync(NewUsername(), Password);

        await kit.Admin.UpdateUserAttributesAsync(username, new Dictionary<string, string> { ["given_name"] = "Ann", ["email"] = "ann@example.com", ["email_verified"] = "true" });
        CognitoUser user = await kit.Admin.GetUserAsync(username);

        Assert.Equal("Ann", user.Attributes["given_name"]);
        Assert.Equal("ann@example.com", user.Attributes["email"]);
        Assert.Equal("true", user.Attributes["email_verified"]);
        await Assert.ThrowsAsync<ArgumentException>(() => kit.Admin.UpdateUserAttributesAsync(username, new Dictionary<string, string>()));
    }

    [Fact]
    public async Task SignInAsync_WithAdminUserPasswordAuth_SignsIn_AndTheSessionRefreshes()
    {
        TestPool pool = await emulator.CreatePoolAsync(AdminSignInPool);
        ICognitoKit kit = AdminKit(pool);
        string username = await pool.CreateUserAsync(NewUsername(), Password);
        pool.Emulator.Requests.Clear();

        CognitoSession session = Assert.IsType<SignedIn>(await kit.Admin.SignInAsync(username, Password)).Session;
        CognitoTokens refreshed = await session.RefreshAsync();

        Assert.Equal(username, session.Username);
        Assert.False(string.IsNullOrEmpty(refreshed.AccessToken));
        RecordedRequest initiate = Assert.Single(pool.Emulator.Requests.All, r => r.Operation == "AdminInitiateAuth");
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/", initiate.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("\"ADMIN_USER_PASSWORD_AUTH\"", initiate.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInAsync_NewPasswordRequired_IsAnsweredThroughAdminRespondToAuthChallenge()
    {
        TestPool pool = await emulator.CreatePoolAsync(AdminSignInPool);
        ICognitoKit kit = AdminKit(pool);
        string username = await pool.CreateUserWithTemporaryPasswordAsync(NewUsername(), "Temp0rary!");
        pool.Emulator.Requests.Clear();

        NewPasswordRequired challenge = Assert.IsType<NewPasswordRequired>(await kit.Admin.SignInAsync(username, "Temp0rary!"));
        SignInStep done = await challenge.SetPasswordAsync("N3wPassw0rd!");

        Assert.IsType<SignedIn>(done);
        Assert.Contains(pool.Emulator.Requests.All, r => r.Operation == "AdminRespondToAuthChallenge");
        Assert.DoesNotContain(pool.Emulator.Requests.All, r => r.Operation == "RespondToAuthChallenge");
    }

    [Fact]
    public async Task SignInAsync_OnAClientWithoutTheAdminFlow_IsRefused_AndADisabledUserIsToo()
    {
        TestPool plain = await emulator.CreatePoolAsync();
        string ann = await plain.CreateUserAsync(NewUsername(), Password);
        TestPool adminPool = await emulator.CreatePoolAsync(AdminSignInPool);
        string bob = await adminPool.CreateUserAsync(NewUsername(), Password);
        ICognitoKit adminKit = AdminKit(adminPool);
        await adminKit.Admin.DisableUserAsync(bob);

        var notEnabled = await Assert.ThrowsAsync<InvalidParameterException>(() => AdminKit(plain).Admin.SignInAsync(ann, Password));
        var disabled = await Assert.ThrowsAsync<NotAuthorizedException>(() => adminKit.Admin.SignInAsync(bob, Password));

        Assert.Contains("ADMIN_USER_PASSWORD_AUTH", notEnabled.Message, StringComparison.Ordinal);
        Assert.Equal("User is disabled.", disabled.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => adminKit.Admin.SignInAsync(bob, ""));
    }
}
