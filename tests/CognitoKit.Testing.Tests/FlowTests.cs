namespace CognitoKit.Testing.Tests;

public sealed class FlowTests
{
    [Fact]
    public async Task CustomAuth_RunsTheScriptedChallenge()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        s.Pool.Triggers.DefineAuthChallenge = (e, _) =>
        {
            var session = e.Request.Session;
            e.Response.IssueTokens = session.Count > 0 && session[^1].Succeeded;
            e.Response.FailAuthentication = session.Count >= 2 && !session[^1].Succeeded;
            e.Response.ChallengeName = e.Response.IssueTokens || e.Response.FailAuthentication ? null : "CUSTOM_CHALLENGE";
            return default;
        };
        s.Pool.Triggers.CreateAuthChallenge = (e, _) =>
        {
            e.Response.PublicChallengeParameters = new() { ["question"] = "2+2" };
            e.Response.PrivateChallengeParameters = new() { ["answer"] = "4" };
            return default;
        };
        s.Pool.Triggers.VerifyAuthChallengeResponse = (e, _) =>
        {
            e.Response.AnswerCorrect = e.Request.ChallengeAnswer == e.Request.PrivateChallengeParameters["answer"];
            return default;
        };
        var challenge = await s.Wire.CallAsync("InitiateAuth", new JsonObject { ["AuthFlow"] = "CUSTOM_AUTH", ["ClientId"] = s.ClientId, ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann" } });
        Assert.Equal("CUSTOM_CHALLENGE", (string?)challenge["ChallengeName"]);
        Assert.Equal("2+2", (string?)challenge["ChallengeParameters"]!["question"]);
        var retry = await s.RespondAsync(challenge, new JsonObject { ["USERNAME"] = "ann", ["ANSWER"] = "5" });
        Assert.Equal("CUSTOM_CHALLENGE", (string?)retry["ChallengeName"]);
        var done = await s.RespondAsync(retry, new JsonObject { ["USERNAME"] = "ann", ["ANSWER"] = "4" });
        Assert.NotNull(done["AuthenticationResult"]);
    }

    [Fact]
    public async Task CustomAuth_WithSrpAFirst_VerifiesThePasswordThenTheCustomChallenge()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        s.Pool.Triggers.DefineAuthChallenge = (e, _) =>
        {
            var last = e.Request.Session[^1];
            switch (last.ChallengeName)
            {
                case "SRP_A":
                    e.Response.ChallengeName = "PASSWORD_VERIFIER";
                    break;
                case "PASSWORD_VERIFIER" when last.Succeeded:
                    e.Response.ChallengeName = "CUSTOM_CHALLENGE";
                    break;
                case "CUSTOM_CHALLENGE" when last.Succeeded:
                    e.Response.IssueTokens = true;
                    break;
                default:
                    e.Response.FailAuthentication = true;
                    break;
            }

            return default;
        };
        s.Pool.Triggers.CreateAuthChallenge = (e, _) =>
        {
            e.Response.PrivateChallengeParameters = new() { ["answer"] = "yes" };
            return default;
        };
        s.Pool.Triggers.VerifyAuthChallengeResponse = (e, _) =>
        {
            e.Response.AnswerCorrect = e.Request.ChallengeAnswer == "yes";
            return default;
        };
        var srp = new TestSrpClient();
        var challenge = await s.Wire.CallAsync("InitiateAuth", new JsonObject { ["AuthFlow"] = "CUSTOM_AUTH", ["ClientId"] = s.ClientId, ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann", ["CHALLENGE_NAME"] = "SRP_A", ["SRP_A"] = srp.AHex } });
        Assert.Equal("PASSWORD_VERIFIER", (string?)challenge["ChallengeName"]);
        var custom = await s.RespondAsync(challenge, srp.Answer(challenge["ChallengeParameters"]!.AsObject(), s.Pool.Id.Split('_')[1], "Passw0rd!", s.Clock.GetUtcNow()));
        Assert.Equal("CUSTOM_CHALLENGE", (string?)custom["ChallengeName"]);
        Assert.NotNull((await s.RespondAsync(custom, new JsonObject { ["USERNAME"] = "ann", ["ANSWER"] = "yes" }))["AuthenticationResult"]);
    }

    [Fact]
    public async Task CustomAuth_WithoutTriggers_IsRefused()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        await s.Wire.FailAsync("InitiateAuth", new JsonObject { ["AuthFlow"] = "CUSTOM_AUTH", ["ClientId"] = s.ClientId, ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann" } }, "InvalidParameterException");
    }

    private static readonly Action<JsonObject> Passwordless = p => p["Policies"] = new JsonObject { ["SignInPolicy"] = new JsonObject { ["AllowedFirstAuthFactors"] = new JsonArray("PASSWORD", "EMAIL_OTP") } };

    [Fact]
    public async Task UserAuth_WithoutPreference_OffersSelectChallenge()
    {
        await using var s = await Scenario.StartAsync(Passwordless);
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["email"] = "ann@example.com" });
        var challenge = await s.Wire.CallAsync("InitiateAuth", new JsonObject { ["AuthFlow"] = "USER_AUTH", ["ClientId"] = s.ClientId, ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann" } });
        Assert.Equal("SELECT_CHALLENGE", (string?)challenge["ChallengeName"]);
        Assert.Equal(["PASSWORD_SRP", "PASSWORD", "EMAIL_OTP"], challenge["AvailableChallenges"]!.AsArray().Select(n => (string)n!));
        var done = await s.RespondAsync(challenge, new JsonObject { ["USERNAME"] = "ann", ["ANSWER"] = "PASSWORD", ["PASSWORD"] = "Passw0rd!" });
        Assert.NotNull(done["AuthenticationResult"]);
    }

    [Fact]
    public async Task UserAuth_PreferringEmailOtp_SignsInWithTheEmailedCode()
    {
        await using var s = await Scenario.StartAsync(Passwordless);
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["email"] = "ann@example.com" });
        var challenge = await s.Wire.CallAsync("InitiateAuth", new JsonObject { ["AuthFlow"] = "USER_AUTH", ["ClientId"] = s.ClientId, ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann", ["PREFERRED_CHALLENGE"] = "EMAIL_OTP" } });
        Assert.Equal("EMAIL_OTP", (string?)challenge["ChallengeName"]);
        var done = await s.RespondAsync(challenge, new JsonObject { ["USERNAME"] = "ann", ["EMAIL_OTP_CODE"] = s.Cognito.Inbox.LatestCode("ann", MessagePurpose.EmailOtp) });
        Assert.NotNull(done["AuthenticationResult"]);
    }

    [Fact]
    public async Task UserAuth_NotAllowedByClient_IsRefused()
    {
        await using var s = await Scenario.StartAsync(Passwordless, flows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var message = await s.Wire.FailAsync("InitiateAuth", new JsonObject { ["AuthFlow"] = "USER_AUTH", ["ClientId"] = s.ClientId, ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann" } }, "InvalidParameterException");
        Assert.Equal("USER_AUTH flow not enabled for this client", message);
    }
}
