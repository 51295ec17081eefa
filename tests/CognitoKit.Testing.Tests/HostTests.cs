namespace CognitoKit.Testing.Tests;

public sealed class HostTests
{
    [Fact]
    public async Task Start_ListensOnLoopbackWithAFreePort()
    {
        await using var cognito = await CognitoEmulator.StartAsync();
        Assert.Equal("127.0.0.1", cognito.Endpoint.Host);
        Assert.NotEqual(0, cognito.Endpoint.Port);
        Assert.Equal("us-east-1", cognito.Region);
    }

    [Fact]
    public async Task Response_CarriesRequestIdAndJsonContentType()
    {
        await using var s = await Scenario.StartAsync();
        var response = await s.Wire.SendAsync("DescribeUserPool", new JsonObject { ["UserPoolId"] = s.Pool.Id });
        Assert.Equal(200, response.Status);
        Assert.False(string.IsNullOrEmpty(response.RequestId));
        Assert.Equal("application/x-amz-json-1.1", response.ContentType);
        Assert.Equal(s.Pool.Id, (string?)response.Body["UserPool"]!["Id"]);
    }

    [Fact]
    public async Task UnknownTarget_AnswersUnknownOperationException()
    {
        await using var s = await Scenario.StartAsync();
        await s.Wire.FailAsync("NoSuchOperation", new JsonObject(), "UnknownOperationException");
    }

    [Fact]
    public async Task MalformedJson_AnswersSerializationExceptionNotACrash()
    {
        await using var s = await Scenario.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/x-amz-json-1.1") };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSCognitoIdentityProviderService.SignUp");
        var response = await WireResponse.ReadAsync(await s.Wire.Http.SendAsync(request));
        Assert.Equal(400, response.Status);
        Assert.Equal("SerializationException", response.ErrorType);
    }

    [Fact]
    public async Task WrongContentType_IsRefusedWithAJsonError()
    {
        await using var s = await Scenario.StartAsync();
        var response = await s.Wire.SendAsync("DescribeUserPool", new JsonObject { ["UserPoolId"] = s.Pool.Id }, "text/plain");
        Assert.Equal(400, response.Status);
        Assert.Equal("UnknownOperationException", (string?)response.Body["__type"]);
    }

    [Theory]
    [InlineData("application/x-amz-json-1.0")]
    [InlineData("application/json")]
    public async Task OtherJsonContentTypes_AreAccepted(string contentType)
    {
        await using var s = await Scenario.StartAsync();
        var response = await s.Wire.SendAsync("DescribeUserPool", new JsonObject { ["UserPoolId"] = s.Pool.Id }, contentType);
        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task MissingRequiredMember_NamesTheMember()
    {
        await using var s = await Scenario.StartAsync();
        var message = await s.Wire.FailAsync("SignUp", new JsonObject { ["ClientId"] = s.ClientId, ["Password"] = "Passw0rd!" }, "InvalidParameterException");
        Assert.Contains("'username'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownClient_AnswersResourceNotFound()
    {
        await using var s = await Scenario.StartAsync();
        var message = await s.Wire.FailAsync("InitiateAuth", new JsonObject { ["AuthFlow"] = "USER_PASSWORD_AUTH", ["ClientId"] = "nosuchclient", ["AuthParameters"] = new JsonObject { ["USERNAME"] = "a", ["PASSWORD"] = "b" } }, "ResourceNotFoundException");
        Assert.Contains("nosuchclient", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailNext_FailsExactlyTheGivenNumberOfCalls()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        s.Cognito.Faults.FailNext("InitiateAuth", 2, "TooManyRequestsException", 429);
        Assert.Equal(429, (await s.Wire.SendAsync("InitiateAuth", s.PasswordAuth("ann", "Passw0rd!"))).Status);
        Assert.Equal("TooManyRequestsException", (await s.Wire.SendAsync("InitiateAuth", s.PasswordAuth("ann", "Passw0rd!"))).ErrorType);
        Assert.Equal(200, (await s.Wire.SendAsync("InitiateAuth", s.PasswordAuth("ann", "Passw0rd!"))).Status);
        Assert.Equal(3, s.Cognito.Requests.Count("InitiateAuth"));
    }

    [Fact]
    public async Task ThousandConcurrentRequests_AllSucceed()
    {
        await using var s = await Scenario.StartAsync();
        var calls = Enumerable.Range(0, 1000).Select(i => s.Wire.SendAsync("SignUp", new JsonObject
        {
            ["ClientId"] = s.ClientId,
            ["Username"] = "user" + i,
            ["Password"] = "Passw0rd!",
        }));
        var responses = await Task.WhenAll(calls);
        Assert.All(responses, r => Assert.Equal(200, r.Status));
        Assert.Equal(1000, s.Cognito.Requests.Count("SignUp"));
        Assert.Equal(1000, responses.Select(r => (string?)r.Body["UserSub"]).Distinct().Count());
    }

    [Fact]
    public async Task UnknownGetPath_AnswersJson404()
    {
        await using var s = await Scenario.StartAsync();
        var response = await WireResponse.ReadAsync(await s.Wire.Http.GetAsync("/nothing/here"));
        Assert.Equal(404, response.Status);
        Assert.Equal("ResourceNotFoundException", (string?)response.Body["__type"]);
    }
}
