using System.Net;
using System.Text;

namespace CognitoKit.Testing.Tests;

/// <summary>CORS: a browser app calls the emulator with fetch, as it calls Cognito.</summary>
public sealed class CrossOriginTests
{
    private const string PageOrigin = "http://127.0.0.1:5555";

    [Fact]
    public async Task Preflight_ForTheJsonApi_AllowsAnyOriginPostAndTheAwsClientHeaders()
    {
        await using var s = await Scenario.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/");
        request.Headers.TryAddWithoutValidation("Origin", PageOrigin);
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", "POST");
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Headers", "content-type,x-amz-target,x-amz-user-agent");

        using var response = await s.Wire.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        var allowed = Header(response, "Access-Control-Allow-Headers").Split(',', StringSplitOptions.TrimEntries);
        foreach (var header in new[] { "content-type", "x-amz-target", "x-amz-user-agent", "authorization", "x-amz-date", "x-amz-security-token", "amz-sdk-invocation-id", "amz-sdk-request", "cache-control" })
        {
            Assert.Contains(header, allowed);
        }

        Assert.True(int.Parse(Header(response, "Access-Control-Max-Age"), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PageCall_ThatFails_CarriesTheCorsHeadersAndExposesTheErrorType()
    {
        await using var s = await Scenario.StartAsync();

        using var response = await SendFromPageAsync(s, "AWSCognitoIdentityProviderService.InitiateAuth", s.PasswordAuth("nobody", "Wrong-password-1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        var exposed = Header(response, "Access-Control-Expose-Headers").Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("x-amzn-ErrorType", exposed, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("x-amzn-RequestId", exposed, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("NotAuthorizedException", Header(response, "x-amzn-ErrorType"));
    }

    [Fact]
    public async Task PageCall_ThatSucceeds_CarriesTheCorsHeaders()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ana", "Correct-horse-1");

        using var response = await SendFromPageAsync(s, "AWSCognitoIdentityProviderService.InitiateAuth", s.PasswordAuth("ana", "Correct-horse-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task PageCall_ToAnOperationThatNeedsSigV4_WithoutASignature_IsRefusedAndNotRun()
    {
        await using var s = await Scenario.StartAsync();
        var body = new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "mallory" };

        using var response = await SendFromPageAsync(s, "AWSCognitoIdentityProviderService.AdminCreateUser", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MissingAuthenticationTokenException", Header(response, "x-amzn-ErrorType"));
        Assert.Equal(0, s.Cognito.Requests.Count("AdminCreateUser"));
        await s.Wire.FailAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "mallory" }, "UserNotFoundException");
    }

    [Fact]
    public async Task DebugApi_GetsNoCorsHeaders_SoNoPageCanReadTheInbox()
    {
        await using var s = await Scenario.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_emulator/inbox");
        request.Headers.TryAddWithoutValidation("Origin", PageOrigin);

        using var response = await s.Wire.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> SendFromPageAsync(Scenario s, string target, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/");
        request.Headers.TryAddWithoutValidation("Origin", PageOrigin);
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-amz-json-1.1");
        return await s.Wire.Http.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"The response has no {name} header.");
}
