namespace CognitoKit.Testing.Tests;

public sealed class DebugApiTests
{
    [Fact]
    public async Task Health_AnswersOkWithTheEndpointAndRegion()
    {
        await using var s = await Scenario.StartAsync();

        var response = await GetAsync(s, "/_emulator/health");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("ok", (string?)response.Body["status"]);
        Assert.Equal(s.Cognito.Endpoint.AbsoluteUri, (string?)response.Body["endpoint"]);
        Assert.Equal("us-east-1", (string?)response.Body["region"]);
    }

    [Fact]
    public async Task Inbox_ByUsername_ListsTheDeliveredCodesNewestFirst()
    {
        await using var s = await Scenario.StartAsync(p => p["AutoVerifiedAttributes"] = new JsonArray("email"));
        await s.Wire.CallAsync("SignUp", SignUp(s, "ann", "ann@example.com"));
        await s.Wire.CallAsync("ResendConfirmationCode", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "ann" });

        var messages = (await GetAsync(s, "/_emulator/inbox?username=ANN")).Body["messages"]!.AsArray();

        Assert.Equal(2, messages.Count);
        var latest = messages[0]!;
        Assert.Equal(s.Cognito.Inbox.LatestCode("ann"), (string?)latest["code"]);
        Assert.NotEqual((string?)messages[1]!["code"], (string?)latest["code"]);
        Assert.Equal("ann", (string?)latest["username"]);
        Assert.Equal("ann@example.com", (string?)latest["destination"]);
        Assert.Equal("EMAIL", (string?)latest["deliveryMedium"]);
        Assert.Equal("SignUp", (string?)latest["purpose"]);
        Assert.Equal(s.Pool.Id, (string?)latest["userPoolId"]);
        Assert.Equal(s.Clock.GetUtcNow().ToUnixTimeSeconds(), (long)(double)latest["sentAt"]!);
    }

    [Fact]
    public async Task Inbox_ByDestinationPurposeAndLimit_FiltersTheMessages()
    {
        await using var s = await Scenario.StartAsync(p => p["AutoVerifiedAttributes"] = new JsonArray("email"));
        await s.Wire.CallAsync("SignUp", SignUp(s, "ann", "ann@example.com"));
        await s.Wire.CallAsync("SignUp", SignUp(s, "bob", "bob@example.com"));
        await s.Wire.CallAsync("ConfirmSignUp", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "bob", ["ConfirmationCode"] = s.Cognito.Inbox.LatestCode("bob") });
        await s.Wire.CallAsync("ForgotPassword", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "bob" });
        await s.Wire.CallAsync("ForgotPassword", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "bob" });

        var resets = (await GetAsync(s, "/_emulator/inbox?destination=bob@example.com&purpose=ForgotPassword")).Body["messages"]!.AsArray();
        var limited = (await GetAsync(s, "/_emulator/inbox?destination=bob@example.com&limit=1")).Body["messages"]!.AsArray();
        var nobody = (await GetAsync(s, "/_emulator/inbox?username=carol")).Body["messages"]!.AsArray();

        Assert.Equal(2, resets.Count);
        Assert.All(resets, m => Assert.Equal("ForgotPassword", (string?)m!["purpose"]));
        Assert.Equal(s.Cognito.Inbox.LatestCode("bob", MessagePurpose.ForgotPassword), (string?)resets[0]!["code"]);
        Assert.Equal((string?)resets[0]!["code"], (string?)Assert.Single(limited)!["code"]);
        Assert.Empty(nobody);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("many")]
    public async Task Inbox_WithAnInvalidLimit_AnswersInvalidParameter(string limit)
    {
        await using var s = await Scenario.StartAsync();

        var response = await GetAsync(s, "/_emulator/inbox?limit=" + limit);

        Assert.Equal(400, response.Status);
        Assert.Equal("InvalidParameterException", response.ErrorType);
        Assert.Contains("limit", (string?)response.Body["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownDebugPath_AnswersJson404()
    {
        await using var s = await Scenario.StartAsync();

        var response = await GetAsync(s, "/_emulator/nothing");

        Assert.Equal(404, response.Status);
        Assert.Equal("ResourceNotFoundException", (string?)response.Body["__type"]);
    }

    private static JsonObject SignUp(Scenario s, string username, string email) => new()
    {
        ["ClientId"] = s.ClientId,
        ["Username"] = username,
        ["Password"] = "Passw0rd!",
        ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = email }),
    };

    private static async Task<WireResponse> GetAsync(Scenario s, string path)
    {
        using var response = await s.Wire.Http.GetAsync(new Uri(path, UriKind.Relative));
        return await WireResponse.ReadAsync(response);
    }
}
