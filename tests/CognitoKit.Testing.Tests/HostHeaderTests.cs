namespace CognitoKit.Testing.Tests;

/// <summary>DNS rebinding: a page on another name must not reach the emulator, whose only legitimate names are loopback ones.</summary>
public sealed class HostHeaderTests
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("10.0.0.5:{port}")]
    public async Task DebugApi_WithAForeignHostHeader_IsRefusedWith421AndAClearMessage(string host)
    {
        await using var s = await Scenario.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_emulator/inbox");
        request.Headers.Host = host.Replace("{port}", s.Cognito.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var response = await WireResponse.ReadAsync(await s.Wire.Http.SendAsync(request));

        Assert.Equal(421, response.Status);
        Assert.Equal("MisdirectedRequestException", response.ErrorType);
        Assert.Contains("loopback", (string?)response.Body["message"], StringComparison.Ordinal);
        Assert.Contains(request.Headers.Host!, (string?)response.Body["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceCall_WithAForeignHostHeader_IsRefusedAndNotRecorded()
    {
        await using var s = await Scenario.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new StringContent(new JsonObject { ["UserPoolId"] = s.Pool.Id }.ToJsonString(), System.Text.Encoding.UTF8, "application/x-amz-json-1.1"),
        };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSCognitoIdentityProviderService.DescribeUserPool");
        request.Headers.Host = "evil.example";
        s.Cognito.Requests.Clear();

        var response = await WireResponse.ReadAsync(await s.Wire.Http.SendAsync(request));

        Assert.Equal(421, response.Status);
        Assert.Equal(0, s.Cognito.Requests.Count("DescribeUserPool"));
    }

    [Theory]
    [InlineData("localhost:{port}")]
    [InlineData("LOCALHOST:{port}")]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("127.1.2.3:{port}")]
    [InlineData("[::1]:{port}")]
    [InlineData("localhost")]
    public async Task DebugApi_WithALoopbackHostHeader_Answers(string host)
    {
        await using var s = await Scenario.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_emulator/health");
        request.Headers.Host = host.Replace("{port}", s.Cognito.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var response = await WireResponse.ReadAsync(await s.Wire.Http.SendAsync(request));

        Assert.Equal(200, response.Status);
        Assert.Equal("ok", (string?)response.Body["status"]);
    }
}
