using Amazon.Runtime;
using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CognitoKit.IntegrationTests.Account.AccountFlows;

namespace CognitoKit.IntegrationTests.Account;

[Collection(EmulatorCollection.Name)]
public sealed class AdminEndToEndTests(EmulatorFixture emulator)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CreateUser_WithTemporaryPassword_SignInAsksForANewPassword_AndSetPasswordConfirms(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret });
        ICognitoKit kit = AdminKit(pool);
        string username = NewUsername();

        CognitoUser created = await kit.Admin.CreateUserAsync(username, "Temp0rary!", new Dictionary<string, string> { ["email"] = username + "@example.com" }, suppressInvitation: true);
        SignInStep step = await kit.SignIn(username, "Temp0rary!").SendAsync(CancellationToken.None);
        await kit.Admin.SetPasswordAsync(username, Password, permanent: true);
        CognitoUser after = await kit.Admin.GetUserAsync(username);

        Assert.Equal("FORCE_CHANGE_PASSWORD", created.Status);
        Assert.IsType<NewPasswordRequired>(step);
        Assert.Equal("CONFIRMED", after.Status);
        Assert.Equal(username + "@example.com", after.Attributes["email"]);
        Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ConfirmSignUp_ConfirmsAUserWithoutACode()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = AdminKit(pool);
        string username = NewUsername();
        await kit.SignUp(username, Password).SendAsync();

        await kit.Admin.ConfirmSignUpAsync(username);

        Assert.Equal("CONFIRMED", (await kit.Admin.GetUserAsync(username)).Status);
    }

    [Fact]
    public async Task SignOutUser_RevokesTheUsersRefreshTokens()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = AdminKit(pool);
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoSession session = await SignInAsync(kit, username, Password);

        await kit.Admin.SignOutUserAsync(username);

        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.RefreshAsync());
    }

    [Fact]
    public async Task DeleteUser_RemovesTheUser()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = AdminKit(pool);
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);

        await kit.Admin.DeleteUserAsync(username);

        await Assert.ThrowsAsync<UserNotFoundException>(() => kit.Admin.GetUserAsync(username));
    }

    private static ICognitoKit AdminKit(TestPool pool) =>
        pool.CreateKit(configureKit: k => k.AddAdminCredentials(new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")));
}
