using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>An API whose user pool cannot be reached for its signing keys.</summary>
public sealed class UnavailableKeysTests
{
    [Fact]
    public async Task Request_WhenTheKeySetCannotBeLoaded_Gets503WithRetryAfterAndNoInvalidTokenChallenge()
    {
        string issuer = $"http://127.0.0.1:{UnusedPort()}/us-east-1_Gone";
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddAuthentication().AddCognito(o =>
        {
            o.Issuer = issuer;
            o.ClientIds = ["client1"];
        });
        builder.Services.AddAuthorization();
        await using WebApplication app = builder.Build();
        app.MapGet("/me", () => "me").RequireAuthorization();
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        string token = ForgedToken(issuer);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), response.Headers.RetryAfter?.Delta);
        Assert.Empty(response.Headers.WwwAuthenticate);
        await app.StopAsync();
    }

    private static string ForgedToken(string issuer)
    {
        static string Segment(string json) => System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(json));
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string unsigned = Segment("{\"alg\":\"RS256\",\"kid\":\"k1\"}") + "." + Segment(
            $"{{\"sub\":\"s\",\"iss\":\"{issuer}\",\"token_use\":\"access\",\"client_id\":\"client1\",\"iat\":{now},\"exp\":{now + 3600}}}") + ".sig";
        return TestJwt.SignedWithNewKey(unsigned, "k1");
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
