namespace CognitoKit.Testing.Tests.Admin;

public sealed class AdminUserTests
{
    private static JsonObject User(Scenario s, string username) => new() { ["UserPoolId"] = s.Pool.Id, ["Username"] = username };

    private static JsonObject AdminPasswordAuth(Scenario s, string username, string password) => new()
    {
        ["UserPoolId"] = s.Pool.Id,
        ["ClientId"] = s.ClientId,
        ["AuthFlow"] = "ADMIN_USER_PASSWORD_AUTH",
        ["AuthParameters"] = new JsonObject { ["USERNAME"] = username, ["PASSWORD"] = password },
    };

    [Theory]
    [InlineData("AdminGetUser")]
    [InlineData("AdminInitiateAuth")]
    [InlineData("ListUsers")]
    [InlineData("CreateGroup")]
    public async Task BackOfficeCall_WithoutSigV4Authorization_IsRefusedAsCognitoRefusesIt(string operation)
    {
        await using var s = await Scenario.StartAsync();
        var body = new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "ann", ["GroupName"] = "g", ["ClientId"] = s.ClientId, ["AuthFlow"] = "ADMIN_USER_PASSWORD_AUTH" };

        var unsigned = await s.Wire.SendAsync(operation, body, authorization: null);
        var bearer = await s.Wire.SendAsync(operation, body, authorization: "Bearer abc");
        var otherService = await s.Wire.SendAsync(operation, body, authorization: Wire.SigV4Authorization.Replace("/cognito-idp/", "/s3/", StringComparison.Ordinal));

        Assert.Equal(("MissingAuthenticationTokenException", 400), (unsigned.ErrorType, unsigned.Status));
        Assert.Equal("IncompleteSignatureException", bearer.ErrorType);
        Assert.Equal("InvalidSignatureException", otherService.ErrorType);
    }

    [Fact]
    public async Task UserOperations_NeedNoSignature()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");

        var response = await s.Wire.SendAsync("InitiateAuth", s.PasswordAuth("ann", "Passw0rd!"), authorization: null);

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task DisabledUser_CannotSignInOrRefresh_UntilEnabled()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var refreshToken = (string)(await s.Wire.CallAsync("AdminInitiateAuth", AdminPasswordAuth(s, "ann", "Passw0rd!")))["AuthenticationResult"]!["RefreshToken"]!;

        await s.Wire.CallAsync("AdminDisableUser", User(s, "ann"));
        var signIn = await s.Wire.FailAsync("AdminInitiateAuth", AdminPasswordAuth(s, "ann", "Passw0rd!"), "NotAuthorizedException");
        await s.Wire.FailAsync("AdminInitiateAuth", new JsonObject
        {
            ["UserPoolId"] = s.Pool.Id,
            ["ClientId"] = s.ClientId,
            ["AuthFlow"] = "REFRESH_TOKEN_AUTH",
            ["AuthParameters"] = new JsonObject { ["REFRESH_TOKEN"] = refreshToken },
        }, "NotAuthorizedException");
        var disabled = await s.Wire.CallAsync("AdminGetUser", User(s, "ann"));
        await s.Wire.CallAsync("AdminEnableUser", User(s, "ann"));

        Assert.Equal("User is disabled.", signIn);
        Assert.False((bool)disabled["Enabled"]!);
        Assert.NotNull((await s.Wire.CallAsync("AdminInitiateAuth", AdminPasswordAuth(s, "ann", "Passw0rd!")))["AuthenticationResult"]);
    }

    [Fact]
    public async Task ResetUserPassword_SendsACode_SignInAsksForAReset_AndConfirmForgotPasswordEndsIt()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["email"] = "ann@example.com" });

        await s.Wire.CallAsync("AdminResetUserPassword", User(s, "ann"));
        var status = (string?)(await s.Wire.CallAsync("AdminGetUser", User(s, "ann")))["UserStatus"];
        await s.Wire.FailAsync("AdminInitiateAuth", AdminPasswordAuth(s, "ann", "Passw0rd!"), "PasswordResetRequiredException");
        var code = s.Cognito.Inbox.LatestCode("ann", MessagePurpose.ForgotPassword);
        await s.Wire.CallAsync("ConfirmForgotPassword", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "ann", ["ConfirmationCode"] = code, ["Password"] = "N3wPassw0rd!" });

        Assert.Equal("RESET_REQUIRED", status);
        Assert.NotNull((await s.Wire.CallAsync("AdminInitiateAuth", AdminPasswordAuth(s, "ann", "N3wPassw0rd!")))["AuthenticationResult"]);
    }

    [Fact]
    public async Task ResetUserPassword_WithNoVerifiedContact_IsRefused()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");

        var message = await s.Wire.FailAsync("AdminResetUserPassword", User(s, "ann"), "InvalidParameterException");

        Assert.Contains("no registered/verified email or phone_number", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminInitiateAuth_AnswersNewPasswordRequired_ThroughAdminRespondToAuthChallenge()
    {
        await using var s = await Scenario.StartAsync();
        await s.Wire.CallAsync("AdminCreateUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "ann", ["TemporaryPassword"] = "Temp0rary!", ["MessageAction"] = "SUPPRESS" });

        var challenge = await s.Wire.CallAsync("AdminInitiateAuth", AdminPasswordAuth(s, "ann", "Temp0rary!"));
        var done = await s.Wire.CallAsync("AdminRespondToAuthChallenge", new JsonObject
        {
            ["UserPoolId"] = s.Pool.Id,
            ["ClientId"] = s.ClientId,
            ["ChallengeName"] = "NEW_PASSWORD_REQUIRED",
            ["Session"] = challenge["Session"]!.DeepClone(),
            ["ChallengeResponses"] = new JsonObject { ["USERNAME"] = "ann", ["NEW_PASSWORD"] = "N3wPassw0rd!" },
        });

        Assert.Equal("NEW_PASSWORD_REQUIRED", (string?)challenge["ChallengeName"]);
        Assert.NotNull(done["AuthenticationResult"]!["IdToken"]);
    }

    [Fact]
    public async Task AdminInitiateAuth_OnAClientWithoutTheAdminFlow_IsRefused()
    {
        await using var s = await Scenario.StartAsync(flows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");

        var message = await s.Wire.FailAsync("AdminInitiateAuth", AdminPasswordAuth(s, "ann", "Passw0rd!"), "InvalidParameterException");

        Assert.Contains("ADMIN_USER_PASSWORD_AUTH flow not enabled", message, StringComparison.Ordinal);
    }
}
