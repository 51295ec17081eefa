namespace CognitoKit.Testing.Tests;

/// <summary>PreventUserExistenceErrors: with ENABLED (the emulator's default) no answer tells an unknown user name from a real one.</summary>
public sealed class UserExistenceTests
{
    private const string Password = "Passw0rd!";

    [Fact]
    public async Task SrpSignIn_UnknownUser_AnswersAChallengeThenFailsLikeAWrongPassword()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);

        var real = await s.SrpSignInAsync("ann", "Wr0ngpass!");
        var unknown = await s.SrpSignInAsync("nobody", Password);

        Assert.Equal("NotAuthorizedException", unknown.ErrorType);
        Assert.Equal(real.ErrorType, unknown.ErrorType);
        Assert.Equal("Incorrect username or password.", (string?)unknown.Body["message"]);
        Assert.Equal((string?)real.Body["message"], (string?)unknown.Body["message"]);
    }

    [Fact]
    public async Task SrpChallenge_UnknownUser_LooksLikeARealUsersChallenge()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);

        var real = await InitiateSrpAsync(s, "ann");
        var first = await InitiateSrpAsync(s, "nobody");
        var second = await InitiateSrpAsync(s, "nobody");
        var other = await InitiateSrpAsync(s, "someone");

        Assert.Equal("PASSWORD_VERIFIER", (string?)first["ChallengeName"]);
        var p = first["ChallengeParameters"]!.AsObject();
        Assert.Equal(real["ChallengeParameters"]!.AsObject().Select(kv => kv.Key).Order(), p.Select(kv => kv.Key).Order());
        Assert.Equal("nobody", (string?)p["USERNAME"]);
        Assert.Equal("nobody", (string?)p["USER_ID_FOR_SRP"]);
        Assert.Equal(1024, Convert.FromBase64String((string)p["SECRET_BLOCK"]!).Length);
        Assert.Equal((string?)p["SALT"], (string?)second["ChallengeParameters"]!["SALT"]);
        Assert.NotEqual((string?)p["SALT"], (string?)other["ChallengeParameters"]!["SALT"]);
        Assert.NotEqual((string?)p["SRP_B"], (string?)second["ChallengeParameters"]!["SRP_B"]);
        Assert.NotEqual((string?)p["SECRET_BLOCK"], (string?)second["ChallengeParameters"]!["SECRET_BLOCK"]);
        Assert.False(string.IsNullOrEmpty((string?)first["Session"]));
    }

    [Fact]
    public async Task SrpChallenge_UnknownUserInAnEmailPool_NamesAStableUuidAsRealUsersAre()
    {
        await using var s = await Scenario.StartAsync(p => p["UsernameAttributes"] = new JsonArray("email"));

        var first = (await InitiateSrpAsync(s, "nobody@example.com"))["ChallengeParameters"]!;
        var second = (await InitiateSrpAsync(s, "NOBODY@example.com"))["ChallengeParameters"]!;

        var id = (string)first["USER_ID_FOR_SRP"]!;
        Assert.Equal('4', Guid.Parse(id).ToString()[14]);
        Assert.Equal(id, (string?)first["USERNAME"]);
        Assert.Equal(id, (string?)second["USER_ID_FOR_SRP"]);
    }

    [Fact]
    public async Task SrpSignIn_UnknownUserWithAClientSecret_FailsAtTheVerifierNotAtTheSecretHash()
    {
        await using var s = await Scenario.StartAsync(secret: true);
        var srp = new TestSrpClient();
        var challenge = await s.Wire.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "USER_SRP_AUTH",
            ["ClientId"] = s.ClientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = "nobody", ["SRP_A"] = srp.AHex, ["SECRET_HASH"] = s.Hash("nobody") },
        });
        var responses = srp.Answer(challenge["ChallengeParameters"]!.AsObject(), s.Pool.Id.Split('_')[1], Password, s.Clock.GetUtcNow());
        responses["SECRET_HASH"] = s.Hash((string)challenge["ChallengeParameters"]!["USERNAME"]!);

        var message = await s.Wire.FailAsync("RespondToAuthChallenge", s.Respond(challenge, responses), "NotAuthorizedException");

        Assert.Equal("Incorrect username or password.", message);
    }

    [Fact]
    public async Task SrpSignIn_UnknownUserWithLegacyErrors_AnswersUserNotFound()
    {
        await using var s = await Scenario.StartAsync(client: c => c["PreventUserExistenceErrors"] = "LEGACY");
        var message = await s.Wire.FailAsync("InitiateAuth", SrpStart(s, "nobody"), "UserNotFoundException");
        Assert.Equal("User does not exist.", message);
    }

    [Fact]
    public async Task ForgotPassword_UnknownUser_AnswersAStableSimulatedDeliveryAndSendsNothing()
    {
        await using var s = await Scenario.StartAsync(p => p["AutoVerifiedAttributes"] = new JsonArray("email"));

        var first = (await s.Wire.CallAsync("ForgotPassword", Named(s, "nobody")))["CodeDeliveryDetails"]!;
        var second = (await s.Wire.CallAsync("ForgotPassword", Named(s, "nobody")))["CodeDeliveryDetails"]!;

        Assert.Equal("EMAIL", (string?)first["DeliveryMedium"]);
        Assert.Equal("email", (string?)first["AttributeName"]);
        Assert.Matches("^n\\*\\*\\*@[a-z]\\*\\*\\*$", (string?)first["Destination"]);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Empty(s.Cognito.Inbox.All);
    }

    [Theory]
    [InlineData("nobody@example.com", "EMAIL", "n***@e***")]
    [InlineData("+15555550123", "SMS", "+*******0123")]
    public async Task ForgotPassword_UnknownUser_ChoosesTheMediumByTheLoginFormat(string login, string medium, string destination)
    {
        await using var s = await Scenario.StartAsync();

        var details = (await s.Wire.CallAsync("ForgotPassword", Named(s, login)))["CodeDeliveryDetails"]!;

        Assert.Equal(medium, (string?)details["DeliveryMedium"]);
        Assert.Equal(destination, (string?)details["Destination"]);
    }

    [Fact]
    public async Task ForgotPassword_UnknownUserWithLegacyErrors_AnswersUserNotFound()
    {
        await using var s = await Scenario.StartAsync(client: c => c["PreventUserExistenceErrors"] = "LEGACY");
        await s.Wire.FailAsync("ForgotPassword", Named(s, "nobody"), "UserNotFoundException");
    }

    [Fact]
    public async Task ResendConfirmationCode_UnknownUser_AnswersASimulatedDeliveryLikeARealOne()
    {
        await using var s = await Scenario.StartAsync(p => p["AutoVerifiedAttributes"] = new JsonArray("email"));
        await s.Pool.AddUserAsync("ann", Password, new Dictionary<string, string> { ["email"] = "ann@example.com" }, confirmed: false);

        var real = (await s.Wire.CallAsync("ResendConfirmationCode", Named(s, "ann")))["CodeDeliveryDetails"]!;
        var unknown = (await s.Wire.CallAsync("ResendConfirmationCode", Named(s, "nobody")))["CodeDeliveryDetails"]!;

        Assert.Equal((string?)real["DeliveryMedium"], (string?)unknown["DeliveryMedium"]);
        Assert.Equal((string?)real["AttributeName"], (string?)unknown["AttributeName"]);
        Assert.Matches("^n\\*\\*\\*@[a-z]\\*\\*\\*$", (string?)unknown["Destination"]);
        Assert.Single(s.Cognito.Inbox.All);
    }

    [Fact]
    public async Task ResendConfirmationCode_DisabledUser_AnswersASimulatedDeliveryAndSendsNothing()
    {
        await using var s = await Scenario.StartAsync(p => p["AutoVerifiedAttributes"] = new JsonArray("email"));
        await s.Pool.AddUserAsync("ann", Password, new Dictionary<string, string> { ["email"] = "ann@example.com" }, confirmed: false);
        await s.Wire.CallAsync("AdminDisableUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "ann" });

        var details = (await s.Wire.CallAsync("ResendConfirmationCode", Named(s, "ann")))["CodeDeliveryDetails"]!;

        Assert.Equal("EMAIL", (string?)details["DeliveryMedium"]);
        Assert.Empty(s.Cognito.Inbox.All);
    }

    [Fact]
    public async Task ResendConfirmationCode_UnknownUserInAPoolWithoutAutoVerification_AnswersAsForARealUser()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password, new Dictionary<string, string> { ["email"] = "ann@example.com" }, confirmed: false);

        var real = await s.Wire.FailAsync("ResendConfirmationCode", Named(s, "ann"), "InvalidParameterException");
        var unknown = await s.Wire.FailAsync("ResendConfirmationCode", Named(s, "nobody"), "InvalidParameterException");

        Assert.Equal(real, unknown);
    }

    private static JsonObject Named(Scenario s, string username) => new() { ["ClientId"] = s.ClientId, ["Username"] = username };

    private static JsonObject SrpStart(Scenario s, string username) => new()
    {
        ["AuthFlow"] = "USER_SRP_AUTH",
        ["ClientId"] = s.ClientId,
        ["AuthParameters"] = new JsonObject { ["USERNAME"] = username, ["SRP_A"] = new TestSrpClient().AHex },
    };

    private static Task<JsonObject> InitiateSrpAsync(Scenario s, string username) => s.Wire.CallAsync("InitiateAuth", SrpStart(s, username));
}
