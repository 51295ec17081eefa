namespace CognitoKit.Testing.Tests.Triggers;

/// <summary>Triggers served by an HTTP server: through <see cref="TriggerWebhook"/>, and through LambdaConfig ARNs with <see cref="CognitoEmulatorOptions.LambdaEndpoint"/>.</summary>
public sealed class TriggerWebhookTests
{
    private const string Password = "Passw0rd!";
    private const string Account = "123456789012";

    private static JsonObject SignUp(string clientId, string username) => new()
    {
        ["ClientId"] = clientId,
        ["Username"] = username,
        ["Password"] = Password,
        ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = username + "@example.com" }),
    };

    private static JsonObject PasswordAuth(string clientId, string username) => new()
    {
        ["AuthFlow"] = "USER_PASSWORD_AUTH",
        ["ClientId"] = clientId,
        ["AuthParameters"] = new JsonObject { ["USERNAME"] = username, ["PASSWORD"] = Password },
    };

    [Fact]
    public async Task LambdaConfigArns_WithALambdaEndpoint_CallTheWebhooksWithCognitosEventJson()
    {
        await using var lambda = new WebhookServer((path, e) => WebhookServer.Answer(e, body =>
        {
            if (path == "/autoConfirm")
            {
                body["response"]!["autoConfirmUser"] = true;
            }
            else
            {
                body["response"] = new JsonObject
                {
                    ["claimsAndScopeOverrideDetails"] = new JsonObject
                    {
                        ["accessTokenGeneration"] = new JsonObject { ["claimsToAddOrOverride"] = new JsonObject { ["tier"] = "gold" }, ["scopesToAdd"] = new JsonArray("orders/read") },
                    },
                };
            }
        }));
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { LambdaEndpoint = lambda.Url });
        var pool = await cognito.CreateUserPoolAsync(configure: p => p["LambdaConfig"] = new JsonObject
        {
            ["PreSignUp"] = $"arn:aws:lambda:us-east-1:{Account}:function:autoConfirm",
            ["PreTokenGenerationConfig"] = new JsonObject { ["LambdaVersion"] = "V2_0", ["LambdaArn"] = $"arn:aws:lambda:us-east-1:{Account}:function:addClaims:live" },
        });
        var client = await pool.CreateClientAsync();
        using var wire = new Wire(cognito.Endpoint);

        var signUp = await wire.CallAsync("SignUp", SignUp(client.ClientId, "ann"));
        var tokens = (await wire.CallAsync("InitiateAuth", PasswordAuth(client.ClientId, "ann")))["AuthenticationResult"]!;

        Assert.True((bool)signUp["UserConfirmed"]!);
        var access = Jwt.Claims(tokens["AccessToken"]);
        Assert.Equal("gold", (string?)access["tier"]);
        Assert.Equal("aws.cognito.signin.user.admin orders/read", (string?)access["scope"]);
        var (path, preSignUp) = lambda.Received[0];
        Assert.Equal("/autoConfirm", path);
        Assert.Equal("1", (string?)preSignUp["version"]);
        Assert.Equal("PreSignUp_SignUp", (string?)preSignUp["triggerSource"]);
        Assert.Equal(pool.Id, (string?)preSignUp["userPoolId"]);
        Assert.Equal("us-east-1", (string?)preSignUp["region"]);
        Assert.Equal("ann", (string?)preSignUp["userName"]);
        Assert.Equal(client.ClientId, (string?)preSignUp["callerContext"]!["clientId"]);
        Assert.Equal("ann@example.com", (string?)preSignUp["request"]!["userAttributes"]!["email"]);
        Assert.False((bool)preSignUp["response"]!["autoConfirmUser"]!);
        var (tokenPath, preToken) = lambda.Received[1];
        Assert.Equal("/addClaims", tokenPath);
        Assert.Equal("2", (string?)preToken["version"]);
        Assert.Equal("TokenGeneration_Authentication", (string?)preToken["triggerSource"]);
        Assert.Equal("aws.cognito.signin.user.admin", (string?)preToken["request"]!["scopes"]![0]);
    }

    [Fact]
    public async Task Webhook_SetThroughThePublicApi_RunsTheTrigger()
    {
        await using var lambda = new WebhookServer((_, e) => WebhookServer.Answer(e, body =>
            body["response"] = new JsonObject { ["emailSubject"] = "Hi", ["emailMessage"] = "Code: {####}" }));
        await using var s = await Scenario.StartAsync(p => p["AutoVerifiedAttributes"] = new JsonArray("email"));
        s.Pool.Triggers.CustomMessage = TriggerWebhook.For<CustomMessageEvent>(new Uri(lambda.Url, "message"));

        await s.Wire.CallAsync("SignUp", SignUp(s.ClientId, "ann"));

        var message = s.Cognito.Inbox.Latest("ann")!;
        Assert.Equal("Code: " + message.Code, message.Message);
        Assert.Equal("Hi", message.Subject);
        Assert.Equal("CustomMessage_SignUp", (string?)Assert.Single(lambda.Received).Event["triggerSource"]);
        Assert.Equal("{####}", (string?)lambda.Received[0].Event["request"]!["codeParameter"]);
    }

    [Fact]
    public async Task Webhook_AnsweringALambdaError_FailsWithUserLambdaValidationException()
    {
        await using var lambda = new WebhookServer((_, _) => (400, """{"errorType":"Error","errorMessage":"Invites only"}"""));
        await using var s = await Scenario.StartAsync();
        s.Pool.Triggers.PreSignUp = TriggerWebhook.For<PreSignUpEvent>(lambda.Url);

        var message = await s.Wire.FailAsync("SignUp", SignUp(s.ClientId, "ann"), "UserLambdaValidationException");

        Assert.Equal("PreSignUp failed with error Invites only.", message);
    }

    [Fact]
    public async Task Webhook_AnsweringSomethingElseThanTheEvent_FailsWithInvalidLambdaResponseException()
    {
        await using var lambda = new WebhookServer((_, _) => (200, "not json"));
        await using var s = await Scenario.StartAsync();
        s.Pool.Triggers.PreSignUp = TriggerWebhook.For<PreSignUpEvent>(lambda.Url);

        await s.Wire.FailAsync("SignUp", SignUp(s.ClientId, "ann"), "InvalidLambdaResponseException");
        await s.Wire.FailAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "ann" }, "UserNotFoundException");
    }

    [Fact]
    public async Task Webhook_WithNoServer_FailsWithUnexpectedLambdaException()
    {
        Uri closed;
        await using (var lambda = new WebhookServer((_, e) => (200, e.ToJsonString())))
        {
            closed = lambda.Url;
        }

        await using var s = await Scenario.StartAsync();
        s.Pool.Triggers.PreSignUp = TriggerWebhook.For<PreSignUpEvent>(closed);

        await s.Wire.FailAsync("SignUp", SignUp(s.ClientId, "ann"), "UnexpectedLambdaException");
    }

    [Fact]
    public void Webhook_WithARelativeUrl_IsRefused() =>
        Assert.Throws<ArgumentException>(() => TriggerWebhook.For<PreSignUpEvent>(new Uri("/hook", UriKind.Relative)));
}
