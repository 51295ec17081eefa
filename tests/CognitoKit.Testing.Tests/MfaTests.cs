namespace CognitoKit.Testing.Tests;

public sealed class MfaTests
{
    private static async Task<string> AccessTokenAsync(Scenario s, string user) =>
        (string)(await s.SignInAsync(user, "Passw0rd!"))["AuthenticationResult"]!["AccessToken"]!;

    private static async Task<string> EnableTotpAsync(Scenario s, string token)
    {
        var secret = (string)(await s.Wire.CallAsync("AssociateSoftwareToken", new JsonObject { ["AccessToken"] = token }))["SecretCode"]!;
        var verified = await s.Wire.CallAsync("VerifySoftwareToken", new JsonObject { ["AccessToken"] = token, ["UserCode"] = s.Cognito.TotpCode(secret) });
        Assert.Equal("SUCCESS", (string?)verified["Status"]);
        s.Clock.Advance(TimeSpan.FromSeconds(30));
        return secret;
    }

    [Fact]
    public async Task SmsMfa_SendsACodeToTheInboxAndAcceptsIt()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.SetMfaConfigAsync(MfaConfiguration.On, sms: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["phone_number"] = "+15555550100" });
        var challenge = await s.SignInAsync("ann", "Passw0rd!");
        Assert.Equal("SMS_MFA", (string?)challenge["ChallengeName"]);
        Assert.Equal("SMS", (string?)challenge["ChallengeParameters"]!["CODE_DELIVERY_DELIVERY_MEDIUM"]);
        var code = s.Cognito.Inbox.LatestCode("+15555550100", MessagePurpose.SmsMfa);
        var done = await s.RespondAsync(challenge, new JsonObject { ["USERNAME"] = "ann", ["SMS_MFA_CODE"] = code });
        Assert.NotNull(done["AuthenticationResult"]);
    }

    [Fact]
    public async Task SmsMfa_WithWrongCode_ThrowsCodeMismatchAndAllowsARetry()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.SetMfaConfigAsync(MfaConfiguration.On, sms: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["phone_number"] = "+15555550100" });
        var challenge = await s.SignInAsync("ann", "Passw0rd!");
        var code = s.Cognito.Inbox.LatestCode("ann", MessagePurpose.SmsMfa);
        await s.Wire.FailAsync("RespondToAuthChallenge", s.Respond(challenge, new JsonObject { ["USERNAME"] = "ann", ["SMS_MFA_CODE"] = code == "000000" ? "111111" : "000000" }), "CodeMismatchException");
        Assert.NotNull((await s.RespondAsync(challenge, new JsonObject { ["USERNAME"] = "ann", ["SMS_MFA_CODE"] = code }))["AuthenticationResult"]);
    }

    [Fact]
    public async Task EmailMfa_SendsEmailOtp()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.SetMfaConfigAsync(MfaConfiguration.Optional, email: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["email"] = "ann@example.com" });
        var token = await AccessTokenAsync(s, "ann");
        await s.Wire.CallAsync("SetUserMFAPreference", new JsonObject { ["AccessToken"] = token, ["EmailMfaSettings"] = new JsonObject { ["Enabled"] = true } });
        var challenge = await s.SignInAsync("ann", "Passw0rd!");
        Assert.Equal("EMAIL_OTP", (string?)challenge["ChallengeName"]);
        var done = await s.RespondAsync(challenge, new JsonObject { ["USERNAME"] = "ann", ["EMAIL_OTP_CODE"] = s.Cognito.Inbox.LatestCode("ann@example.com", MessagePurpose.EmailOtp) });
        Assert.NotNull(done["AuthenticationResult"]);
    }

    [Fact]
    public async Task TotpMfa_AcceptsTheCurrentCodeOnlyOnce()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.SetMfaConfigAsync(MfaConfiguration.Optional, softwareToken: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var secret = await EnableTotpAsync(s, await AccessTokenAsync(s, "ann"));
        var user = await s.Wire.CallAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "ann" });
        Assert.Contains("SOFTWARE_TOKEN_MFA", user["UserMFASettingList"]!.AsArray().Select(n => (string)n!));

        var challenge = await s.SignInAsync("ann", "Passw0rd!");
        Assert.Equal("SOFTWARE_TOKEN_MFA", (string?)challenge["ChallengeName"]);
        var code = s.Cognito.TotpCode(secret);
        Assert.NotNull((await s.RespondAsync(challenge, new JsonObject { ["USERNAME"] = "ann", ["SOFTWARE_TOKEN_MFA_CODE"] = code }))["AuthenticationResult"]);

        var again = await s.SignInAsync("ann", "Passw0rd!");
        await s.Wire.FailAsync("RespondToAuthChallenge", s.Respond(again, new JsonObject { ["USERNAME"] = "ann", ["SOFTWARE_TOKEN_MFA_CODE"] = code }), "CodeMismatchException");
    }

    [Fact]
    public async Task SeveralMfaTypesAndNonePreferred_AsksToSelect()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.SetMfaConfigAsync(MfaConfiguration.Optional, sms: true, softwareToken: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["phone_number"] = "+15555550100" });
        var token = await AccessTokenAsync(s, "ann");
        await EnableTotpAsync(s, token);
        await s.Wire.CallAsync("SetUserMFAPreference", new JsonObject { ["AccessToken"] = token, ["SMSMfaSettings"] = new JsonObject { ["Enabled"] = true } });

        var challenge = await s.SignInAsync("ann", "Passw0rd!");
        Assert.Equal("SELECT_MFA_TYPE", (string?)challenge["ChallengeName"]);
        var choices = JsonNode.Parse((string)challenge["ChallengeParameters"]!["MFAS_CAN_CHOOSE"]!)!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal(["SMS_MFA", "SOFTWARE_TOKEN_MFA"], choices);
        var sms = await s.RespondAsync(challenge, new JsonObject { ["USERNAME"] = "ann", ["ANSWER"] = "SMS_MFA" });
        Assert.Equal("SMS_MFA", (string?)sms["ChallengeName"]);
    }

    [Fact]
    public async Task RequiredMfaWithoutAnyMethod_RunsMfaSetupWithTotp()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.SetMfaConfigAsync(MfaConfiguration.On, softwareToken: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var challenge = await s.SignInAsync("ann", "Passw0rd!");
        Assert.Equal("MFA_SETUP", (string?)challenge["ChallengeName"]);
        Assert.Contains("SOFTWARE_TOKEN_MFA", (string)challenge["ChallengeParameters"]!["MFAS_CAN_SETUP"]!, StringComparison.Ordinal);

        var associated = await s.Wire.CallAsync("AssociateSoftwareToken", new JsonObject { ["Session"] = challenge["Session"]!.DeepClone() });
        var verified = await s.Wire.CallAsync("VerifySoftwareToken", new JsonObject { ["Session"] = associated["Session"]!.DeepClone(), ["UserCode"] = s.Cognito.TotpCode((string)associated["SecretCode"]!) });
        Assert.Equal("SUCCESS", (string?)verified["Status"]);
        var done = await s.Wire.CallAsync("RespondToAuthChallenge", new JsonObject
        {
            ["ClientId"] = s.ClientId,
            ["ChallengeName"] = "MFA_SETUP",
            ["Session"] = verified["Session"]!.DeepClone(),
            ["ChallengeResponses"] = new JsonObject { ["USERNAME"] = "ann" },
        });
        Assert.NotNull(done["AuthenticationResult"]);
    }
}
