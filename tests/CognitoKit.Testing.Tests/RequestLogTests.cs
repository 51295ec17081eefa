namespace CognitoKit.Testing.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task GetOfTheJwks_IsRecordedUnderItsMethodAndPath()
    {
        await using var s = await Scenario.StartAsync();
        string path = $"/{s.Pool.Id}/.well-known/jwks.json";

        using var response = await s.Wire.Http.GetAsync(path + "?probe=1");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(1, s.Cognito.Requests.Count(EmulatorRequestLog.GetOperation(path)));
        RecordedRequest recorded = Assert.Single(s.Cognito.Requests.All, r => r.Operation == "GET " + path);
        Assert.Equal("GET " + path, recorded.Target);
        Assert.Equal(string.Empty, recorded.Body);
    }

    [Fact]
    public async Task GetOfAnUnknownPath_IsRecordedToo()
    {
        await using var s = await Scenario.StartAsync();

        using var response = await s.Wire.Http.GetAsync("/nothing/here");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal(1, s.Cognito.Requests.Count("GET /nothing/here"));
    }

    [Fact]
    public async Task GetOfTheDebugApi_IsNotRecorded()
    {
        await using var s = await Scenario.StartAsync();
        int before = s.Cognito.Requests.Total;

        using var response = await s.Wire.Http.GetAsync("/_emulator/health");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(before, s.Cognito.Requests.Total);
    }

    [Fact]
    public async Task JsonCall_IsRecordedWithACopyOfItsHeaders_AuthorizationIncluded()
    {
        await using var s = await Scenario.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new StringContent(new JsonObject { ["UserPoolId"] = s.Pool.Id }.ToJsonString(), System.Text.Encoding.UTF8, "application/x-amz-json-1.1"),
        };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", Wire.UserPoolsPrefix + "DescribeUserPool");
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261126/us-east-1/cognito-idp/aws4_request");
        request.Headers.TryAddWithoutValidation("X-Test-Repeated", ["a", "b"]);

        using var response = await s.Wire.Http.SendAsync(request);

        RecordedRequest recorded = Assert.Single(s.Cognito.Requests.All, r => r.Operation == "DescribeUserPool");
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/", recorded.Headers["authorization"], StringComparison.Ordinal);
        Assert.Equal(Wire.UserPoolsPrefix + "DescribeUserPool", recorded.Headers["X-Amz-Target"]);
        Assert.Equal("a, b", recorded.Headers["x-test-repeated"]);
        Assert.DoesNotContain("AKIDEXAMPLE", recorded.ToString(), StringComparison.Ordinal);
    }
}
