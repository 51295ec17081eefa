using CognitoKit.Protocol.UserPools;
using Moq;

namespace CognitoKit.Tests.Account;

public sealed class AdminTests
{
    [Fact]
    public async Task CreateUser_SendsPoolTemporaryPasswordAttributesAndSuppression()
    {
        var host = new AccountTestHost();
        AdminCreateUserRequest? sent = null;
        host.Client.Setup(c => c.AdminCreateUserAsync(It.IsAny<AdminCreateUserRequest>(), It.IsAny<CancellationToken>()))
            .Callback<AdminCreateUserRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new AdminCreateUserResponse { User = new UserType { Username = "dave", UserStatus = "FORCE_CHANGE_PASSWORD", Enabled = true } });

        CognitoUser user = await host.Cognito.Admin.CreateUserAsync("dave", "Temp0rary!", new Dictionary<string, string> { ["email"] = "d@example.com" }, suppressInvitation: true);

        Assert.Equal(("dave", "FORCE_CHANGE_PASSWORD", (bool?)true), (user.Username, user.Status, user.Enabled));
        Assert.Equal((AccountTestHost.PoolId, "dave", "Temp0rary!", "SUPPRESS"), (sent!.UserPoolId, sent.Username, sent.TemporaryPassword, sent.MessageAction));
        Assert.Equal("d@example.com", Assert.Single(sent.UserAttributes!).Value);
    }

    [Fact]
    public async Task DeleteUser_SendsPoolAndUsername()
    {
        var host = new AccountTestHost();
        SetUpSubOf(host, "erin");
        host.Client.Setup(c => c.AdminDeleteUserAsync(It.Is<AdminDeleteUserRequest>(r => r.UserPoolId == AccountTestHost.PoolId && r.Username == "erin"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AdminDeleteUserResponse());

        await host.Cognito.Admin.DeleteUserAsync("erin");

        host.Client.VerifyAll();
    }

    [Fact]
    public async Task GetUser_MapsStatusDatesAndMfa()
    {
        var host = new AccountTestHost();
        var created = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        host.Client.Setup(c => c.AdminGetUserAsync(It.IsAny<AdminGetUserRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AdminGetUserResponse { Username = "erin", UserStatus = "CONFIRMED", Enabled = true, UserCreateDate = created, UserAttributes = [], PreferredMfaSetting = "SMS_MFA", UserMFASettingList = ["SMS_MFA"] });

        CognitoUser user = await host.Cognito.Admin.GetUserAsync("erin");

        Assert.Equal(("CONFIRMED", created, MfaType.Sms), (user.Status, user.CreatedAt, user.Mfa.Preferred));
    }

    [Fact]
    public async Task SetPassword_SendsPermanentFlag()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.AdminSetUserPasswordAsync(It.Is<AdminSetUserPasswordRequest>(r => r.Username == "erin" && r.Password == "P4ssword!" && r.Permanent == true), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AdminSetUserPasswordResponse());

        await host.Cognito.Admin.SetPasswordAsync("erin", "P4ssword!", permanent: true);

        host.Client.VerifyAll();
    }

    [Fact]
    public async Task ConfirmSignUpAndSignOutUser_SendPoolAndUsername()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.AdminConfirmSignUpAsync(It.Is<AdminConfirmSignUpRequest>(r => r.Username == "erin" && r.UserPoolId == AccountTestHost.PoolId), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AdminConfirmSignUpResponse());
        host.Client.Setup(c => c.AdminUserGlobalSignOutAsync(It.Is<AdminUserGlobalSignOutRequest>(r => r.Username == "erin"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AdminUserGlobalSignOutResponse());
        SetUpSubOf(host, "erin");

        await host.Cognito.Admin.ConfirmSignUpAsync("erin");
        await host.Cognito.Admin.SignOutUserAsync("erin");

        host.Client.VerifyAll();
    }

    [Fact]
    public async Task AdminCalls_WithEmptyUsername_ThrowBeforeAnyCall()
    {
        var host = new AccountTestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Cognito.Admin.DeleteUserAsync(" "));
        var ex2 = await Assert.ThrowsAsync<ArgumentNullException>(() => host.Cognito.Admin.SetPasswordAsync("erin", null!, permanent: false));

        Assert.Equal("username", ex.ParamName);
        Assert.Equal("password", ex2.ParamName);
        host.Client.VerifyNoOtherCalls();
    }

    // Signing out or deleting a user first reads their sub, which revocation keys on.
    private static void SetUpSubOf(AccountTestHost host, string username) =>
        host.Client.Setup(c => c.AdminGetUserAsync(It.Is<AdminGetUserRequest>(r => r.Username == username && r.UserPoolId == AccountTestHost.PoolId), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AdminGetUserResponse { Username = username, UserAttributes = [new AttributeType { Name = "sub", Value = "0f0e0d0c-1111-2222-3333-444455556666" }] });
}
