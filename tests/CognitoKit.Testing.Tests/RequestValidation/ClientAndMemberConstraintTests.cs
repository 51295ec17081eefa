using System.Net.Http.Headers;
using System.Text;

namespace CognitoKit.Testing.Tests.RequestValidation;

/// <summary>App client settings and top-level members outside the model's constraints get 400s, never a 500.</summary>
public sealed class ClientAndMemberConstraintTests
{
    public static TheoryData<string> BadClientSettings() => new()
    {
        """{"AccessTokenValidity":1000000000000000000}""",
        """{"RefreshTokenValidity":100000000000000000}""",
        """{"AuthSessionValidity":1000000000000000000}""",
        """{"IdTokenValidity":1e300}""",
        """{"TokenValidityUnits":{"AccessToken":"weeks"}}""",
        """{"PreventUserExistenceErrors":"SOMETIMES"}""",
        """{"RefreshTokenRotation":{"Feature":"MAYBE"}}""",
        """{"RefreshTokenRotation":{"Feature":"ENABLED","RetryGracePeriodSeconds":"ten"}}""",
        """{"RefreshTokenRotation":{"Feature":"ENABLED","RetryGracePeriodSeconds":61}}""",
    };

    [Theory]
    [MemberData(nameof(BadClientSettings))]
    public async Task CreateUserPoolClient_WithSettingOutsideTheModel_ThrowsInvalidParameter(string extra)
    {
        await using var s = await Scenario.StartAsync();
        var body = JsonNode.Parse(extra)!.AsObject();
        body["UserPoolId"] = s.Pool.Id;
        body["ClientName"] = "bad";

        var response = await s.Wire.SendAsync("CreateUserPoolClient", body);

        Assert.Equal(400, response.Status);
        Assert.Equal("InvalidParameterException", response.ErrorType);
    }

    [Fact]
    public async Task CreateUserPoolClient_WithMinuteUnitsAndNoValidity_KeepsTheDefaultHourInMinutes()
    {
        await using var s = await Scenario.StartAsync();

        var client = (await s.Wire.CallAsync("CreateUserPoolClient", new JsonObject
        {
            ["UserPoolId"] = s.Pool.Id,
            ["ClientName"] = "units",
            ["TokenValidityUnits"] = new JsonObject { ["AccessToken"] = "minutes" },
        }))["UserPoolClient"]!;

        Assert.Equal("minutes", (string?)client["TokenValidityUnits"]!["AccessToken"]);
        Assert.Equal(60, (long)client["AccessTokenValidity"]!);
    }

    [Fact]
    public async Task SignUp_WithUsernameOver128Characters_ThrowsInvalidParameterWithoutEchoingIt()
    {
        await using var s = await Scenario.StartAsync();
        var username = new string('u', 129);

        var message = await s.Wire.FailAsync("SignUp", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = username, ["Password"] = "Passw0rd!" }, "InvalidParameterException");

        Assert.Contains("'username'", message, StringComparison.Ordinal);
        Assert.Contains("less than or equal to 128", message, StringComparison.Ordinal);
        Assert.DoesNotContain(username, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCreateUser_WithSpaceInUsername_ThrowsInvalidParameterForThePattern()
    {
        await using var s = await Scenario.StartAsync();

        var message = await s.Wire.FailAsync("AdminCreateUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "two words" }, "InvalidParameterException");

        Assert.Contains("regular expression pattern", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_WithProposedPasswordOver256Characters_ThrowsInvalidParameter()
    {
        await using var s = await Scenario.StartAsync();

        var message = await s.Wire.FailAsync("ChangePassword", new JsonObject
        {
            ["AccessToken"] = "not-a-token",
            ["PreviousPassword"] = "Passw0rd!",
            ["ProposedPassword"] = "P4ss!" + new string('x', 252),
        }, "InvalidParameterException");

        Assert.Contains("'proposedPassword'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WithBodyOverTheSizeLimit_Gets413SerializationExceptionNotInternalError()
    {
        await using var cognito = await CognitoEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = cognito.Endpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", Wire.UserPoolsPrefix + "GetUser");
        request.Headers.ExpectContinue = true;
        request.Content = new StringContent("{\"AccessToken\":\"" + new string('a', 2 * 1024 * 1024) + "\"}", Encoding.UTF8);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-amz-json-1.1");

        using var response = await http.SendAsync(request);
        var answer = await WireResponse.ReadAsync(response);

        Assert.Equal(413, answer.Status);
        Assert.Equal("SerializationException", answer.ErrorType);
    }
}
