namespace CognitoKit.Testing.Tests;

public sealed class SignUpTests
{
    private static readonly Action<JsonObject> EmailVerified = p => p["AutoVerifiedAttributes"] = new JsonArray("email");

    private static JsonObject SignUp(Scenario s, string user, string password = "Passw0rd!") => new()
    {
        ["ClientId"] = s.ClientId,
        ["Username"] = user,
        ["Password"] = password,
        ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = user + "@example.com" }),
    };

    private static JsonObject Confirm(Scenario s, string user, string code) => new() { ["ClientId"] = s.ClientId, ["Username"] = user, ["ConfirmationCode"] = code };

    [Fact]
    public async Task SignUp_ThenConfirmWithInboxCode_AllowsSignIn()
    {
        await using var s = await Scenario.StartAsync(EmailVerified);
        var result = await s.Wire.CallAsync("SignUp", SignUp(s, "ann"));
        Assert.False((bool)result["UserConfirmed"]!);
        Assert.True(Guid.TryParse((string?)result["UserSub"], out _));
        Assert.Equal("EMAIL", (string?)result["CodeDeliveryDetails"]!["DeliveryMedium"]);
        Assert.Equal("a***@e***", (string?)result["CodeDeliveryDetails"]!["Destination"]);

        var code = s.Cognito.Inbox.LatestCode("ann", MessagePurpose.SignUp);
        Assert.Matches("^[0-9]{6}$", code);
        await s.Wire.CallAsync("ConfirmSignUp", Confirm(s, "ann", code));
        var signedIn = await s.SignInAsync("ann", "Passw0rd!");
        Assert.NotNull(signedIn["AuthenticationResult"]!["IdToken"]);
    }

    [Fact]
    public async Task SignIn_BeforeConfirming_ThrowsUserNotConfirmed()
    {
        await using var s = await Scenario.StartAsync(EmailVerified);
        await s.Wire.CallAsync("SignUp", SignUp(s, "ann"));
        var message = await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", "Passw0rd!"), "UserNotConfirmedException");
        Assert.Equal("User is not confirmed.", message);
    }

    [Fact]
    public async Task ConfirmSignUp_WithWrongCode_ThrowsCodeMismatch()
    {
        await using var s = await Scenario.StartAsync(EmailVerified);
        await s.Wire.CallAsync("SignUp", SignUp(s, "ann"));
        var wrong = s.Cognito.Inbox.LatestCode("ann") == "000000" ? "111111" : "000000";
        var message = await s.Wire.FailAsync("ConfirmSignUp", Confirm(s, "ann", wrong), "CodeMismatchException");
        Assert.Equal("Invalid verification code provided, please try again.", message);
    }

    [Fact]
    public async Task ConfirmSignUp_After24Hours_ThrowsExpiredCode()
    {
        await using var s = await Scenario.StartAsync(EmailVerified);
        await s.Wire.CallAsync("SignUp", SignUp(s, "ann"));
        s.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        await s.Wire.FailAsync("ConfirmSignUp", Confirm(s, "ann", s.Cognito.Inbox.LatestCode("ann")), "ExpiredCodeException");
    }

    [Fact]
    public async Task ConfirmSignUp_AfterFiveWrongCodes_LocksEvenTheRightCode()
    {
        await using var s = await Scenario.StartAsync(EmailVerified);
        await s.Wire.CallAsync("SignUp", SignUp(s, "ann"));
        var code = s.Cognito.Inbox.LatestCode("ann");
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            await s.Wire.FailAsync("ConfirmSignUp", Confirm(s, "ann", wrong), "CodeMismatchException");
        }

        await s.Wire.FailAsync("ConfirmSignUp", Confirm(s, "ann", code), "LimitExceededException");
    }

    [Theory]
    [InlineData("Sh0rt!", "Password not long enough")]
    [InlineData("passw0rd!", "Password must have uppercase characters")]
    [InlineData("PASSW0RD!", "Password must have lowercase characters")]
    [InlineData("Password!", "Password must have numeric characters")]
    [InlineData("Passw0rdd", "Password must have symbol characters")]
    public async Task SignUp_WithPasswordBreakingPolicy_ThrowsInvalidPassword(string password, string reason)
    {
        await using var s = await Scenario.StartAsync(EmailVerified);
        var message = await s.Wire.FailAsync("SignUp", SignUp(s, "ann", password), "InvalidPasswordException");
        Assert.Equal("Password did not conform with policy: " + reason, message);
    }

    [Fact]
    public async Task SignUp_Twice_ThrowsUsernameExists()
    {
        await using var s = await Scenario.StartAsync(EmailVerified);
        await s.Wire.CallAsync("SignUp", SignUp(s, "ann"));
        await s.Wire.FailAsync("SignUp", SignUp(s, "ann"), "UsernameExistsException");
    }

    [Fact]
    public async Task ForgotPassword_ThenConfirm_ChangesThePassword()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["email"] = "ann@example.com" });
        await s.Wire.CallAsync("ForgotPassword", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "ann" });
        var code = s.Cognito.Inbox.LatestCode("ann", MessagePurpose.ForgotPassword);
        await s.Wire.CallAsync("ConfirmForgotPassword", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "ann", ["ConfirmationCode"] = code, ["Password"] = "N3wPassword!" });
        await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", "Passw0rd!"), "NotAuthorizedException");
        Assert.NotNull((await s.SignInAsync("ann", "N3wPassword!"))["AuthenticationResult"]);
    }

    [Fact]
    public async Task ConfirmForgotPassword_AfterAnHour_ThrowsExpiredCode()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["email"] = "ann@example.com" });
        await s.Wire.CallAsync("ForgotPassword", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "ann" });
        s.Clock.Advance(TimeSpan.FromMinutes(61));
        await s.Wire.FailAsync("ConfirmForgotPassword", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "ann", ["ConfirmationCode"] = s.Cognito.Inbox.LatestCode("ann"), ["Password"] = "N3wPassword!" }, "ExpiredCodeException");
    }

    [Fact]
    public async Task EmailAsUsername_SignsInByEmailAndNamesUserBySub()
    {
        await using var s = await Scenario.StartAsync(p => p["UsernameAttributes"] = new JsonArray("email"));
        var user = await s.Pool.AddUserAsync("ann@example.com", "Passw0rd!");
        Assert.Equal(user.Sub, user.Username);
        var result = await s.SignInAsync("ann@example.com", "Passw0rd!");
        Assert.NotNull(result["AuthenticationResult"]);
    }
}
