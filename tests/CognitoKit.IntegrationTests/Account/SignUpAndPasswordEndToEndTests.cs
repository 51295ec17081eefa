using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;
using static CognitoKit.IntegrationTests.Account.AccountFlows;

namespace CognitoKit.IntegrationTests.Account;

[Collection(EmulatorCollection.Name)]
public sealed class SignUpAndPasswordEndToEndTests(EmulatorFixture emulator)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SignUp_ConfirmWithTheEmailedCode_ThenTheUserCanSignIn(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret, AutoVerifiedAttributes = ["email"] });
        string username = NewUsername();

        SignUpResult result = await pool.Kit.SignUp(username, Password)
            .WithAttribute("email", username + "@example.com").WithAttribute("given_name", "Alice")
            .WithValidationData("source", "test").WithClientMetadata("campaign", "spring")
            .SendAsync();
        await pool.Kit.ConfirmSignUp(username, emulator.Emulator.Inbox.LatestCode(username, MessagePurpose.SignUp)).SendAsync();
        CognitoSession session = await SignInAsync(pool.Kit, username, Password);
        CognitoUser user = await pool.Kit.Account(session).GetUserAsync();

        Assert.False(result.IsConfirmed);
        Assert.Equal(CodeDeliveryMedium.Email, result.CodeDelivery?.DeliveryMedium);
        Assert.Equal("email", result.CodeDelivery?.AttributeName);
        Assert.Equal(result.UserSub, user.Sub);
        Assert.Equal("Alice", user.Attributes["given_name"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ResendConfirmationCode_SendsANewCodeThatConfirms(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret, AutoVerifiedAttributes = ["email"] });
        string username = NewUsername();
        await pool.Kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
        int sentBefore = emulator.Emulator.Inbox.All.Count(m => m.Username == username);

        CodeDelivery delivery = await pool.Kit.ResendConfirmationCode(username).SendAsync();
        await pool.Kit.ConfirmSignUp(username, emulator.Emulator.Inbox.LatestCode(username, MessagePurpose.SignUp)).SendAsync();

        Assert.Equal(CodeDeliveryMedium.Email, delivery.DeliveryMedium);
        Assert.Equal(sentBefore + 1, emulator.Emulator.Inbox.All.Count(m => m.Username == username));
        Assert.IsType<SignedIn>(await pool.Kit.SignIn(username, Password).SendAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ConfirmSignUp_WithAWrongCode_ThrowsCodeMismatch()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { AutoVerifiedAttributes = ["email"] });
        string username = NewUsername();
        await pool.Kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
        string real = emulator.Emulator.Inbox.LatestCode(username, MessagePurpose.SignUp);
        string wrong = real == "000000" ? "111111" : "000000";

        await Assert.ThrowsAsync<CodeMismatchException>(() => pool.Kit.ConfirmSignUp(username, wrong).SendAsync());
    }

    [Fact]
    public async Task SignUp_OfATakenUsername_ThrowsUsernameExists()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);

        await Assert.ThrowsAsync<UsernameExistsException>(() => pool.Kit.SignUp(username, Password).SendAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ForgotPassword_ThenConfirmWithTheCode_ReplacesThePassword(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret });
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com" });

        CodeDelivery delivery = await pool.Kit.ForgotPassword(username).SendAsync();
        await pool.Kit.ConfirmForgotPassword(username, emulator.Emulator.Inbox.LatestCode(username, MessagePurpose.ForgotPassword), "N3wPassw0rd!").SendAsync();

        Assert.Equal(CodeDeliveryMedium.Email, delivery.DeliveryMedium);
        Assert.IsType<SignedIn>(await pool.Kit.SignIn(username, "N3wPassw0rd!").SendAsync(CancellationToken.None));
        await Assert.ThrowsAsync<NotAuthorizedException>(() => pool.Kit.SignIn(username, Password).SendAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ChangePassword_WhileSignedIn_ReplacesThePassword(bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret });
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoSession session = await SignInAsync(pool.Kit, username, Password);

        await pool.Kit.Account(session).ChangePasswordAsync(Password, "Chang3dPass!");

        Assert.IsType<SignedIn>(await pool.Kit.SignIn(username, "Chang3dPass!").SendAsync(CancellationToken.None));
        await Assert.ThrowsAsync<NotAuthorizedException>(() => pool.Kit.SignIn(username, Password).SendAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ChangePassword_WithAWrongCurrentPassword_ThrowsNotAuthorized()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoSession session = await SignInAsync(pool.Kit, username, Password);

        await Assert.ThrowsAsync<NotAuthorizedException>(() => pool.Kit.Account(session).ChangePasswordAsync("Wr0ngPass!", "Chang3dPass!"));
    }
}
