namespace CognitoKit.Testing.Tests;

public sealed class PasswordAuthTests
{
    [Fact]
    public async Task WrongPasswordAndUnknownUser_BothGiveTheSameNotAuthorized()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var wrong = await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", "Wr0ngpass!"), "NotAuthorizedException");
        var unknown = await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("bob", "Passw0rd!"), "NotAuthorizedException");
        Assert.Equal("Incorrect username or password.", wrong);
        Assert.Equal(wrong, unknown);
    }

    [Fact]
    public async Task SignIn_ReturnsBearerTokensWithClientLifetime()
    {
        await using var s = await Scenario.StartAsync(client: c =>
        {
            c["AccessTokenValidity"] = 30;
            c["TokenValidityUnits"] = new JsonObject { ["AccessToken"] = "minutes" };
        });
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var result = (await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!;
        Assert.Equal("Bearer", (string?)result["TokenType"]);
        Assert.Equal(1800, (int)result["ExpiresIn"]!);
        Assert.NotNull(result["RefreshToken"]);
    }

    [Theory]
    [InlineData("USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH flow not enabled for this client")]
    [InlineData("USER_SRP_AUTH", "USER_SRP_AUTH is not enabled for the client.")]
    public async Task FlowNotInExplicitAuthFlows_IsRefused(string flow, string expected)
    {
        await using var s = await Scenario.StartAsync(flows: ["ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var message = await s.Wire.FailAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = flow,
            ["ClientId"] = s.ClientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann", ["PASSWORD"] = "Passw0rd!", ["SRP_A"] = new TestSrpClient().AHex },
        }, "InvalidParameterException");
        Assert.Equal(expected, message);
    }

    [Fact]
    public async Task ClientWithSecret_RequiresSecretHash()
    {
        await using var s = await Scenario.StartAsync(secret: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var message = await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", "Passw0rd!"), "NotAuthorizedException");
        Assert.Contains("SECRET_HASH was not received", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientWithSecret_RefusesAWrongSecretHash()
    {
        await using var s = await Scenario.StartAsync(secret: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var request = s.PasswordAuth("ann", "Passw0rd!");
        request["AuthParameters"]!["SECRET_HASH"] = s.Hash("bob");
        var message = await s.Wire.FailAsync("InitiateAuth", request, "NotAuthorizedException");
        Assert.Equal("Unable to verify secret hash for client " + s.ClientId, message);
    }

    [Fact]
    public async Task ClientWithSecret_AcceptsTheRightSecretHash()
    {
        await using var s = await Scenario.StartAsync(secret: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var request = s.PasswordAuth("ann", "Passw0rd!");
        request["AuthParameters"]!["SECRET_HASH"] = s.Hash("ann");
        Assert.NotNull((await s.Wire.CallAsync("InitiateAuth", request))["AuthenticationResult"]);
    }

    [Fact]
    public async Task AdminInitiateAuth_WithAdminPasswordFlow_SignsIn()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var result = await s.Wire.CallAsync("AdminInitiateAuth", new JsonObject
        {
            ["UserPoolId"] = s.Pool.Id,
            ["ClientId"] = s.ClientId,
            ["AuthFlow"] = "ADMIN_USER_PASSWORD_AUTH",
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann", ["PASSWORD"] = "Passw0rd!" },
        });
        Assert.NotNull(result["AuthenticationResult"]!["AccessToken"]);
    }

    [Fact]
    public async Task AdminCreateUser_ThenSignIn_AsksForNewPassword()
    {
        await using var s = await Scenario.StartAsync(p => p["Schema"] = new JsonArray(new JsonObject { ["Name"] = "name", ["Required"] = true }));
        var created = await s.Wire.CallAsync("AdminCreateUser", new JsonObject
        {
            ["UserPoolId"] = s.Pool.Id,
            ["Username"] = "ann",
            ["TemporaryPassword"] = "Temp0rary!",
            ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = "ann@example.com" }, new JsonObject { ["Name"] = "name", ["Value"] = "Ann" }),
            ["DesiredDeliveryMediums"] = new JsonArray("EMAIL"),
        });
        Assert.Equal("FORCE_CHANGE_PASSWORD", (string?)created["User"]!["UserStatus"]);
        Assert.Equal("Temp0rary!", s.Cognito.Inbox.LatestCode("ann", MessagePurpose.AdminCreateUser));

        var challenge = await s.SignInAsync("ann", "Temp0rary!");
        Assert.Equal("NEW_PASSWORD_REQUIRED", (string?)challenge["ChallengeName"]);
        var userAttributes = JsonNode.Parse((string)challenge["ChallengeParameters"]!["userAttributes"]!)!;
        Assert.Equal("ann@example.com", (string?)userAttributes["email"]);
        Assert.NotNull(JsonNode.Parse((string)challenge["ChallengeParameters"]!["requiredAttributes"]!) as JsonArray);

        var done = await s.RespondAsync(challenge, new JsonObject { ["USERNAME"] = "ann", ["NEW_PASSWORD"] = "N3wPassword!" });
        Assert.NotNull(done["AuthenticationResult"]);
        var user = await s.Wire.CallAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "ann" });
        Assert.Equal("CONFIRMED", (string?)user["UserStatus"]);
    }

    [Fact]
    public async Task ChallengeSession_IsSingleUse()
    {
        await using var s = await Scenario.StartAsync();
        await s.Wire.CallAsync("AdminCreateUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "ann", ["TemporaryPassword"] = "Temp0rary!", ["MessageAction"] = "SUPPRESS" });
        var challenge = await s.SignInAsync("ann", "Temp0rary!");
        await s.RespondAsync(challenge, new JsonObject { ["USERNAME"] = "ann", ["NEW_PASSWORD"] = "N3wPassword!" });
        await s.Wire.FailAsync("RespondToAuthChallenge", s.Respond(challenge, new JsonObject { ["USERNAME"] = "ann", ["NEW_PASSWORD"] = "An0therOne!" }), "NotAuthorizedException");
    }

    [Fact]
    public async Task ChallengeSession_ExpiresAfterThreeMinutes()
    {
        await using var s = await Scenario.StartAsync();
        await s.Wire.CallAsync("AdminCreateUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "ann", ["TemporaryPassword"] = "Temp0rary!", ["MessageAction"] = "SUPPRESS" });
        var challenge = await s.SignInAsync("ann", "Temp0rary!");
        s.Clock.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));
        var message = await s.Wire.FailAsync("RespondToAuthChallenge", s.Respond(challenge, new JsonObject { ["USERNAME"] = "ann", ["NEW_PASSWORD"] = "N3wPassword!" }), "NotAuthorizedException");
        Assert.Contains("session is expired", message, StringComparison.Ordinal);
    }
}
