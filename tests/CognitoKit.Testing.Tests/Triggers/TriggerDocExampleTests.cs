namespace CognitoKit.Testing.Tests.Triggers;

/// <summary>The Triggers section of docs/testing-with-the-emulator.md, line for line, run against the emulator.</summary>
public sealed class TriggerDocExampleTests
{
    [Fact]
    public async Task DocExample_AutoConfirmsExampleAddressesAndAddsAnAccessTokenClaimAndScope()
    {
        await using var s = await Scenario.StartAsync();
        var pool = s.Pool;
        pool.Triggers.PreSignUp = (e, cancellationToken) =>
        {
            e.Response.AutoConfirmUser = e.Request.UserAttributes["email"].EndsWith("@example.com", StringComparison.Ordinal);
            e.Response.AutoVerifyEmail = e.Response.AutoConfirmUser;
            return default;
        };
        pool.Triggers.PreTokenGenerationVersion = PreTokenGenerationVersion.V2;
        pool.Triggers.PreTokenGeneration = (e, cancellationToken) =>
        {
            e.Response.ClaimsAndScopeOverrideDetails = new ClaimsAndScopeOverrideDetails
            {
                AccessTokenGeneration = new TokenGenerationOverrides
                {
                    ClaimsToAddOrOverride = new() { ["tenant"] = "acme" },
                    ScopesToAdd = ["orders/read"],
                },
            };
            return default;
        };

        var signUp = await s.Wire.CallAsync("SignUp", new JsonObject
        {
            ["ClientId"] = s.ClientId,
            ["Username"] = "ann",
            ["Password"] = "Passw0rd!",
            ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = "ann@example.com" }),
        });
        var access = Jwt.Claims((await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!["AccessToken"]);

        Assert.True((bool)signUp["UserConfirmed"]!);
        Assert.Equal("acme", (string?)access["tenant"]);
        Assert.Equal("aws.cognito.signin.user.admin orders/read", (string?)access["scope"]);
    }

    [Fact]
    public async Task PostConfirmation_MayCallTheEmulatorBackOverHttp()
    {
        await using var s = await Scenario.StartAsync(p => p["AutoVerifiedAttributes"] = new JsonArray("email"));
        await s.Pool.CreateGroupAsync("members");
        s.Pool.Triggers.PostConfirmation = async (e, cancellationToken) =>
            await s.Wire.CallAsync("AdminAddUserToGroup", new JsonObject { ["UserPoolId"] = e.UserPoolId, ["Username"] = e.UserName, ["GroupName"] = "members" });
        await s.Wire.CallAsync("SignUp", new JsonObject
        {
            ["ClientId"] = s.ClientId,
            ["Username"] = "ann",
            ["Password"] = "Passw0rd!",
            ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = "ann@example.com" }),
        });

        await s.Wire.CallAsync("ConfirmSignUp", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "ann", ["ConfirmationCode"] = s.Cognito.Inbox.LatestCode("ann") });

        var id = Jwt.Claims((await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!["IdToken"]);
        Assert.Equal(["members"], id["cognito:groups"]!.AsArray().Select(g => (string)g!));
    }
}
