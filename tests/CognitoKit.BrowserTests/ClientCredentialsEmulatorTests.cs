using CognitoKit.Hosted;
using CognitoKit.Testing;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CognitoKit.BrowserTests;

/// <summary>Machine-to-machine tokens from the emulator's domain: cached per scope set, renewed once under load.</summary>
public sealed class ClientCredentialsEmulatorTests
{
    private static readonly string[] ApiScopes = ["orders/read", "orders/write"];

    [Fact]
    public async Task ThousandConcurrentCallers_ShareOneTokenRequest_AndAfterExpiryRenewOnce()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await HostedDomainHarness.StartAsync(clock, confidential: true, scopes: ApiScopes);
        harness.Emulator.AddResourceServer(harness.Pool.Id, "orders", "read", "write");
        var hosted = harness.Cognito.HostedUI;

        var first = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => hosted.GetClientCredentialsTokenAsync(["orders/read"]))));
        var afterFirst = harness.Emulator.Requests.Count(CognitoEmulatorOAuthExtensions.TokenEndpointOperation);
        clock.Advance(TimeSpan.FromHours(1));
        var second = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => hosted.GetClientCredentialsTokenAsync(["orders/read"]))));

        Assert.Equal(1, afterFirst);
        Assert.Equal(2, harness.Emulator.Requests.Count(CognitoEmulatorOAuthExtensions.TokenEndpointOperation));
        Assert.Single(first.Select(t => t.AccessToken).Distinct());
        Assert.Single(second.Select(t => t.AccessToken).Distinct());
        Assert.NotEqual(first[0].AccessToken, second[0].AccessToken);
        var claims = new JsonWebToken(second[0].AccessToken);
        Assert.Equal("orders/read", claims.GetPayloadValue<string>("scope"));
        Assert.Equal(harness.Client.ClientId, claims.GetPayloadValue<string>("sub"));
    }

    [Fact]
    public async Task DifferentScopeSets_GetTheirOwnTokens_AndTheSameSetInAnotherOrderIsReused()
    {
        await using var harness = await HostedDomainHarness.StartAsync(confidential: true, scopes: ApiScopes);
        var hosted = harness.Cognito.HostedUI;

        var both = await hosted.GetClientCredentialsTokenAsync(["orders/write", "orders/read"]);
        var bothAgain = await hosted.GetClientCredentialsTokenAsync(["orders/read", "orders/write", "orders/read"]);
        var readOnly = await hosted.GetClientCredentialsTokenAsync(["orders/read"]);

        Assert.Same(both, bothAgain);
        Assert.NotEqual(both.AccessToken, readOnly.AccessToken);
        Assert.Equal(2, harness.Emulator.Requests.Count(CognitoEmulatorOAuthExtensions.TokenEndpointOperation));
    }

    [Fact]
    public async Task AScopeTheResourceServerDoesNotDefine_IsRefusedWithInvalidScope()
    {
        await using var harness = await HostedDomainHarness.StartAsync(confidential: true, scopes: ["orders/read", "orders/delete"]);
        harness.Emulator.AddResourceServer(harness.Pool.Id, "orders", "read");

        var error = await Assert.ThrowsAsync<OAuthErrorException>(() => harness.Cognito.HostedUI.GetClientCredentialsTokenAsync(["orders/delete"]));

        Assert.Equal("invalid_scope", error.Error);
    }

    [Fact]
    public async Task APublicClient_CannotUseClientCredentials()
    {
        await using var harness = await HostedDomainHarness.StartAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Cognito.HostedUI.GetClientCredentialsTokenAsync(["orders/read"]));
    }
}
