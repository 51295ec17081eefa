namespace CognitoKit.Testing.Tests.Triggers;

/// <summary>The Lambda triggers as .NET delegates on <see cref="EmulatedUserPool.Triggers"/>, driven over the wire.</summary>
public sealed class TriggerDelegateTests
{
    private const string Password = "Passw0rd!";
    private static readonly Action<JsonObject> VerifiesEmail = p => p["AutoVerifiedAttributes"] = new JsonArray("email");

    private static JsonObject SignUp(Scenario s, string username, string email) => new()
    {
        ["ClientId"] = s.ClientId,
        ["Username"] = username,
        ["Password"] = Password,
        ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = email }),
        ["ValidationData"] = new JsonArray(new JsonObject { ["Name"] = "invite", ["Value"] = "abc" }),
        ["ClientMetadata"] = new JsonObject { ["source"] = "test" },
    };

    private static Task<JsonObject> AdminGetUserAsync(Scenario s, string username) =>
        s.Wire.CallAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = username });

    private static string? Attribute(JsonObject user, string name) =>
        user["UserAttributes"]!.AsArray().Where(a => (string?)a!["Name"] == name).Select(a => (string?)a!["Value"]).FirstOrDefault();

    [Fact]
    public async Task PreSignUp_AutoConfirmAndVerify_ConfirmsTheUserAndSendsNoCode()
    {
        await using var s = await Scenario.StartAsync(VerifiesEmail);
        PreSignUpEvent? seen = null;
        s.Pool.Triggers.PreSignUp = (e, _) =>
        {
            seen = e;
            e.Response.AutoConfirmUser = true;
            e.Response.AutoVerifyEmail = true;
            return default;
        };

        var result = await s.Wire.CallAsync("SignUp", SignUp(s, "ann", "ann@example.com"));

        Assert.True((bool)result["UserConfirmed"]!);
        Assert.Null(result["CodeDeliveryDetails"]);
        Assert.Null(s.Cognito.Inbox.Latest("ann"));
        var user = await AdminGetUserAsync(s, "ann");
        Assert.Equal("CONFIRMED", (string?)user["UserStatus"]);
        Assert.Equal("true", Attribute(user, "email_verified"));
        Assert.NotNull(seen);
        Assert.Equal("PreSignUp_SignUp", seen.TriggerSource);
        Assert.Equal("1", seen.Version);
        Assert.Equal(s.Pool.Id, seen.UserPoolId);
        Assert.Equal(s.Cognito.Region, seen.Region);
        Assert.Equal("ann", seen.UserName);
        Assert.Equal(s.ClientId, seen.CallerContext.ClientId);
        Assert.Equal("ann@example.com", seen.Request.UserAttributes["email"]);
        Assert.Equal("abc", seen.Request.ValidationData!["invite"]);
        Assert.Equal("test", seen.Request.ClientMetadata!["source"]);
        Assert.NotNull(await s.SignInAsync("ann", Password));
    }

    [Fact]
    public async Task PreSignUp_ThatThrows_FailsWithUserLambdaValidationExceptionAndCreatesNoUser()
    {
        await using var s = await Scenario.StartAsync(VerifiesEmail);
        s.Pool.Triggers.PreSignUp = (_, _) => throw new InvalidOperationException("Email domain not allowed");

        var message = await s.Wire.FailAsync("SignUp", SignUp(s, "ann", "ann@example.com"), "UserLambdaValidationException");

        Assert.Equal("PreSignUp failed with error Email domain not allowed.", message);
        await s.Wire.FailAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "ann" }, "UserNotFoundException");
    }

    [Fact]
    public async Task PreSignUp_OnAdminCreateUser_HasTheAdminSource()
    {
        await using var s = await Scenario.StartAsync();
        var sources = new List<string>();
        s.Pool.Triggers.PreSignUp = (e, _) =>
        {
            sources.Add(e.TriggerSource);
            return default;
        };

        await s.Wire.CallAsync("AdminCreateUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "bob", ["MessageAction"] = "SUPPRESS" });

        Assert.Equal(["PreSignUp_AdminCreateUser"], sources);
    }

    [Fact]
    public async Task PostConfirmation_AfterConfirmSignUp_SeesTheConfirmedUser()
    {
        await using var s = await Scenario.StartAsync(VerifiesEmail);
        PostConfirmationEvent? seen = null;
        s.Pool.Triggers.PostConfirmation = (e, _) =>
        {
            seen = e;
            return default;
        };
        await s.Wire.CallAsync("SignUp", SignUp(s, "ann", "ann@example.com"));
        Assert.Null(seen);

        await s.Wire.CallAsync("ConfirmSignUp", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "ann", ["ConfirmationCode"] = s.Cognito.Inbox.LatestCode("ann") });

        Assert.NotNull(seen);
        Assert.Equal("PostConfirmation_ConfirmSignUp", seen.TriggerSource);
        Assert.Equal("CONFIRMED", seen.Request.UserAttributes["cognito:user_status"]);
        Assert.Equal("true", seen.Request.UserAttributes["email_verified"]);
        Assert.False(string.IsNullOrEmpty(seen.Request.UserAttributes["sub"]));
    }

    [Fact]
    public async Task PreAuthentication_ThatThrows_RefusesTheSignIn()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);
        PreAuthenticationEvent? seen = null;
        s.Pool.Triggers.PreAuthentication = (e, _) =>
        {
            seen = e;
            throw new InvalidOperationException("Account is locked");
        };
        var request = s.PasswordAuth("ann", Password);
        request["ClientMetadata"] = new JsonObject { ["ip"] = "10.0.0.1" };

        var message = await s.Wire.FailAsync("InitiateAuth", request, "UserLambdaValidationException");

        Assert.Equal("PreAuthentication failed with error Account is locked.", message);
        Assert.Equal("PreAuthentication_Authentication", seen!.TriggerSource);
        Assert.Equal("10.0.0.1", seen.Request.ValidationData!["ip"]);
    }

    [Fact]
    public async Task PostAuthentication_RunsOnceTheSignInSucceeded()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);
        var seen = new List<PostAuthenticationEvent>();
        s.Pool.Triggers.PostAuthentication = (e, _) =>
        {
            seen.Add(e);
            return default;
        };

        await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", "Wrong-passw0rd!"), "NotAuthorizedException");
        Assert.Empty(seen);
        var result = await s.SignInAsync("ann", Password);

        Assert.NotNull(result["AuthenticationResult"]);
        var only = Assert.Single(seen);
        Assert.Equal("PostAuthentication_Authentication", only.TriggerSource);
        Assert.False(only.Request.NewDeviceUsed);
    }

    [Fact]
    public async Task PreTokenGenerationV1_ChangesTheIdTokenClaimsAndGroups_ButNotReservedClaims()
    {
        await using var s = await Scenario.StartAsync();
        var ann = await s.Pool.AddUserAsync("ann", Password, new Dictionary<string, string> { ["email"] = "ann@example.com" });
        await s.Pool.CreateGroupAsync("readers");
        await s.Pool.AddUserToGroupAsync("ann", "readers");
        var sources = new List<string>();
        s.Pool.Triggers.PreTokenGeneration = (e, _) =>
        {
            sources.Add(e.TriggerSource);
            Assert.Equal("1", e.Version);
            Assert.Equal(["readers"], e.Request.GroupConfiguration.GroupsToOverride);
            Assert.Null(e.Request.Scopes);
            e.Response.ClaimsOverrideDetails = new ClaimsOverrideDetails
            {
                ClaimsToAddOrOverride = new() { ["tier"] = "gold", ["sub"] = "someone-else" },
                ClaimsToSuppress = ["email"],
                GroupOverrideDetails = new TriggerGroupConfiguration { GroupsToOverride = ["admins"] },
            };
            return default;
        };

        var tokens = (await s.SignInAsync("ann", Password))["AuthenticationResult"]!;
        var id = Jwt.Claims(tokens["IdToken"]);
        var access = Jwt.Claims(tokens["AccessToken"]);

        Assert.Equal("gold", (string?)id["tier"]);
        Assert.Null(id["email"]);
        Assert.Equal(ann.Sub, (string?)id["sub"]);
        Assert.Equal(["admins"], id["cognito:groups"]!.AsArray().Select(g => (string)g!));
        Assert.Null(access["tier"]);
        Assert.Equal("aws.cognito.signin.user.admin", (string?)access["scope"]);

        await s.Wire.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "REFRESH_TOKEN_AUTH",
            ["ClientId"] = s.ClientId,
            ["AuthParameters"] = new JsonObject { ["REFRESH_TOKEN"] = (string)tokens["RefreshToken"]! },
        });
        Assert.Equal(["TokenGeneration_Authentication", "TokenGeneration_RefreshTokens"], sources);
    }

    [Fact]
    public async Task PreTokenGenerationV2_ChangesBothTokensAndTheAccessTokenScopes()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);
        s.Pool.Triggers.PreTokenGenerationVersion = PreTokenGenerationVersion.V2;
        s.Pool.Triggers.PreTokenGeneration = (e, _) =>
        {
            Assert.Equal("2", e.Version);
            Assert.Equal(["aws.cognito.signin.user.admin"], e.Request.Scopes);
            e.Response.ClaimsAndScopeOverrideDetails = new ClaimsAndScopeOverrideDetails
            {
                IdTokenGeneration = new TokenGenerationOverrides { ClaimsToAddOrOverride = new() { ["plan"] = "pro" } },
                AccessTokenGeneration = new TokenGenerationOverrides
                {
                    ClaimsToAddOrOverride = new() { ["tenant"] = new JsonObject { ["id"] = 7 }, ["token_use"] = "id" },
                    ScopesToAdd = ["orders/read"],
                    ScopesToSuppress = ["aws.cognito.signin.user.admin"],
                },
                GroupOverrideDetails = new TriggerGroupConfiguration { GroupsToOverride = ["ops"], IamRolesToOverride = ["arn:aws:iam::000000000000:role/ops"] },
            };
            return default;
        };

        var tokens = (await s.SignInAsync("ann", Password))["AuthenticationResult"]!;
        var id = Jwt.Claims(tokens["IdToken"]);
        var access = Jwt.Claims(tokens["AccessToken"]);

        Assert.Equal("pro", (string?)id["plan"]);
        Assert.Null(id["tenant"]);
        Assert.Equal(7, (int)access["tenant"]!["id"]!);
        Assert.Equal("access", (string?)access["token_use"]);
        Assert.Equal("orders/read", (string?)access["scope"]);
        Assert.Equal(["ops"], access["cognito:groups"]!.AsArray().Select(g => (string)g!));
        Assert.Equal(["arn:aws:iam::000000000000:role/ops"], id["cognito:roles"]!.AsArray().Select(g => (string)g!));
    }

    [Fact]
    public async Task UserMigration_OnFirstPasswordSignIn_CreatesTheUserFromTheAnswer()
    {
        await using var s = await Scenario.StartAsync();
        var calls = new List<UserMigrationEvent>();
        s.Pool.Triggers.UserMigration = (e, _) =>
        {
            calls.Add(e);
            if (e.Request.Password != "Legacy-passw0rd!")
            {
                throw new InvalidOperationException("Bad password");
            }

            e.Response.UserAttributes = new() { ["email"] = "carl@example.com", ["email_verified"] = "true" };
            e.Response.FinalUserStatus = "CONFIRMED";
            e.Response.MessageAction = "SUPPRESS";
            return default;
        };

        var wrong = await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("carl", "Other-passw0rd!"), "UserLambdaValidationException");
        var result = await s.SignInAsync("carl", "Legacy-passw0rd!");
        var again = await s.SignInAsync("carl", "Legacy-passw0rd!");

        Assert.Equal("UserMigration failed with error Bad password.", wrong);
        Assert.NotNull(result["AuthenticationResult"]);
        Assert.NotNull(again["AuthenticationResult"]);
        Assert.Equal(2, calls.Count);
        Assert.Equal("UserMigration_Authentication", calls[1].TriggerSource);
        Assert.Equal("carl", calls[1].UserName);
        var user = await AdminGetUserAsync(s, "carl");
        Assert.Equal("CONFIRMED", (string?)user["UserStatus"]);
        Assert.Equal("carl@example.com", Attribute(user, "email"));
        Assert.Equal("carl@example.com", (string?)Jwt.Claims(result["AuthenticationResult"]!["IdToken"])["email"]);
    }

    [Fact]
    public async Task UserMigration_IsNotAskedBySrpSignIn()
    {
        await using var s = await Scenario.StartAsync();
        var called = false;
        s.Pool.Triggers.UserMigration = (e, _) =>
        {
            called = true;
            return default;
        };

        var srp = new TestSrpClient();
        await s.Wire.SendAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "USER_SRP_AUTH",
            ["ClientId"] = s.ClientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = "carl", ["SRP_A"] = srp.AHex },
        });

        Assert.False(called);
        await s.Wire.FailAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "carl" }, "UserNotFoundException");
    }

    [Fact]
    public async Task UserMigration_OnForgotPassword_CreatesAResetRequiredUserAndSendsTheCode()
    {
        await using var s = await Scenario.StartAsync();
        s.Pool.Triggers.UserMigration = (e, _) =>
        {
            Assert.Equal("UserMigration_ForgotPassword", e.TriggerSource);
            Assert.Null(e.Request.Password);
            e.Response.UserAttributes = new() { ["email"] = "dora@example.com", ["email_verified"] = "true" };
            e.Response.FinalUserStatus = "RESET_REQUIRED";
            return default;
        };

        var result = await s.Wire.CallAsync("ForgotPassword", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "dora" });

        Assert.Equal("EMAIL", (string?)result["CodeDeliveryDetails"]!["DeliveryMedium"]);
        Assert.Equal("RESET_REQUIRED", (string?)(await AdminGetUserAsync(s, "dora"))["UserStatus"]);
        await s.Wire.CallAsync("ConfirmForgotPassword", new JsonObject
        {
            ["ClientId"] = s.ClientId,
            ["Username"] = "dora",
            ["ConfirmationCode"] = s.Cognito.Inbox.LatestCode("dora", MessagePurpose.ForgotPassword),
            ["Password"] = "New-passw0rd!",
        });
        Assert.NotNull((await s.SignInAsync("dora", "New-passw0rd!"))["AuthenticationResult"]);
    }

    [Fact]
    public async Task CustomMessage_RewritesTheMessageInTheInbox()
    {
        await using var s = await Scenario.StartAsync(VerifiesEmail);
        var sources = new List<string>();
        s.Pool.Triggers.CustomMessage = (e, _) =>
        {
            sources.Add(e.TriggerSource);
            e.Response.EmailSubject = "Welcome to Example";
            e.Response.EmailMessage = "Hello " + e.Request.UserAttributes["email"] + ", your code is " + e.Request.CodeParameter;
            return default;
        };

        await s.Wire.CallAsync("SignUp", SignUp(s, "ann", "ann@example.com"));
        var first = s.Cognito.Inbox.Latest("ann")!;
        await s.Wire.CallAsync("ResendConfirmationCode", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "ann" });

        Assert.Equal("Hello ann@example.com, your code is " + first.Code, first.Message);
        Assert.Equal("Welcome to Example", first.Subject);
        Assert.Equal(["CustomMessage_SignUp", "CustomMessage_ResendCode"], sources);
        var debug = JsonNode.Parse(await s.Wire.Http.GetStringAsync("_emulator/inbox?username=ann&limit=1"))!["messages"]![0]!;
        Assert.StartsWith("Hello ann@example.com, your code is ", (string?)debug["message"]);
        Assert.Equal("Welcome to Example", (string?)debug["subject"]);
    }

    [Fact]
    public async Task CustomMessage_Absent_TheInboxHasThePoolsMessage()
    {
        await using var s = await Scenario.StartAsync(VerifiesEmail);

        await s.Wire.CallAsync("SignUp", SignUp(s, "ann", "ann@example.com"));

        var message = s.Cognito.Inbox.Latest("ann")!;
        Assert.Equal("Your verification code is " + message.Code + ".", message.Message);
    }

    [Fact]
    public async Task Trigger_ThatTakesTooLong_FailsWithUnexpectedLambdaException()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { TriggerTimeout = TimeSpan.FromMilliseconds(200) });
        var pool = await cognito.CreateUserPoolAsync();
        var client = await pool.CreateClientAsync();
        pool.Triggers.PreSignUp = async (_, cancellationToken) => await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
        using var wire = new Wire(cognito.Endpoint);

        var message = await wire.FailAsync("SignUp", new JsonObject { ["ClientId"] = client.ClientId, ["Username"] = "ann", ["Password"] = Password }, "UnexpectedLambdaException");

        Assert.StartsWith("PreSignUp invocation failed", message);
    }

    [Fact]
    public async Task CustomAuth_Events_CarryTheSessionAndMetadata()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);
        var defines = new List<DefineAuthChallengeEvent>();
        s.Pool.Triggers.DefineAuthChallenge = (e, _) =>
        {
            defines.Add(e);
            e.Response.ChallengeName = e.Request.Session.Count == 0 ? "CUSTOM_CHALLENGE" : null;
            e.Response.IssueTokens = e.Request.Session.Count > 0 && e.Request.Session[^1].Succeeded;
            e.Response.FailAuthentication = e.Request.Session.Count > 0 && !e.Request.Session[^1].Succeeded;
            return default;
        };
        s.Pool.Triggers.CreateAuthChallenge = (e, _) =>
        {
            e.Response.PublicChallengeParameters = new() { ["hint"] = "colour" };
            e.Response.PrivateChallengeParameters = new() { ["answer"] = "blue" };
            e.Response.ChallengeMetadata = "COLOUR";
            return default;
        };
        s.Pool.Triggers.VerifyAuthChallengeResponse = (e, _) =>
        {
            e.Response.AnswerCorrect = e.Request.ChallengeAnswer == e.Request.PrivateChallengeParameters["answer"];
            return default;
        };

        var challenge = await s.Wire.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "CUSTOM_AUTH",
            ["ClientId"] = s.ClientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann" },
            ["ClientMetadata"] = new JsonObject { ["app"] = "web" },
        });
        var done = await s.RespondAsync(challenge, new JsonObject { ["USERNAME"] = "ann", ["ANSWER"] = "blue" });

        Assert.Equal("colour", (string?)challenge["ChallengeParameters"]!["hint"]);
        Assert.Null(challenge["ChallengeParameters"]!["answer"]);
        Assert.NotNull(done["AuthenticationResult"]);
        Assert.Equal("DefineAuthChallenge_Authentication", defines[0].TriggerSource);
        Assert.Equal("web", defines[0].Request.ClientMetadata!["app"]);
        Assert.Equal(new ChallengeResult("CUSTOM_CHALLENGE", true, "COLOUR"), Assert.Single(defines[1].Request.Session));
    }
}
