using System.Net;

namespace CognitoKit.Testing.Tests;

/// <summary>Listening beyond loopback is explicit, and even then only loopback names, addresses and allowed names are served.</summary>
public sealed class ListenAddressTests
{
    [Fact]
    public async Task AllowedHostName_IsServed_AndOtherNamesStillRefused()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { AllowedHostNames = ["cognito"] });
        using var http = new HttpClient { BaseAddress = cognito.Endpoint };

        Assert.Equal(200, await StatusAsync(http, "cognito:" + cognito.Endpoint.Port));
        Assert.Equal(200, await StatusAsync(http, "COGNITO"));
        Assert.Equal(421, await StatusAsync(http, "evil.example:" + cognito.Endpoint.Port));
        Assert.Equal(421, await StatusAsync(http, "cognito.evil.example"));
    }

    [Fact]
    public async Task DefaultListenAddress_IsLoopback_AndAnAddressHostIsRefused()
    {
        await using var cognito = await CognitoEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = cognito.Endpoint };

        Assert.Equal(IPAddress.Loopback, new CognitoEmulatorOptions().ListenAddress);
        Assert.Equal("127.0.0.1", cognito.Endpoint.Host);
        Assert.Equal(421, await StatusAsync(http, "10.0.0.5:" + cognito.Endpoint.Port));
    }

    [Fact]
    public async Task AnyAddress_ServesAddressHosts_ButNotForeignNames()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { ListenAddress = IPAddress.Any });
        using var http = new HttpClient { BaseAddress = cognito.Endpoint };

        Assert.Equal("127.0.0.1", cognito.Endpoint.Host);
        Assert.Equal(200, await StatusAsync(http, "10.0.0.5:" + cognito.Endpoint.Port));
        Assert.Equal(421, await StatusAsync(http, "evil.example:" + cognito.Endpoint.Port));
    }

    private static async Task<int> StatusAsync(HttpClient http, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_emulator/health");
        request.Headers.Host = host;
        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }
}
