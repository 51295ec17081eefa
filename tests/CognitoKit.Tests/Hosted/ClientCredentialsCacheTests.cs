using System.Net;
using CognitoKit.Hosted;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.Tests.Hosted;

public sealed class ClientCredentialsCacheTests
{
    private static FakeDomainHandler CountingDomain(TaskCompletionSource? gate = null)
    {
        var issued = 0;
        return new FakeDomainHandler(async (_, _) =>
        {
            if (gate is not null)
            {
                await gate.Task;
            }

            var n = Interlocked.Increment(ref issued);
            return FakeDomainHandler.Json($$"""{"access_token":"token-{{n}}","expires_in":3600,"token_type":"Bearer"}""");
        });
    }

    [Fact]
    public async Task ThousandConcurrentCallers_CauseOneTokenRequest()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = CountingDomain(gate);
        var hosted = HostedTestServices.Build(handler, "secret").GetRequiredService<ICognitoKit>().HostedUI;

        var callers = Enumerable.Range(0, 1000).Select(_ => Task.Run(() => hosted.GetClientCredentialsTokenAsync(["api/read"]))).ToArray();
        await Task.Delay(50);
        gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.Equal(1, handler.Count);
        Assert.All(tokens, t => Assert.Equal("token-1", t.AccessToken));
    }

    [Fact]
    public async Task AfterTheRenewalPoint_ThousandCallers_RenewOnce()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var handler = CountingDomain();
        var hosted = HostedTestServices.Build(handler, "secret", clock).GetRequiredService<ICognitoKit>().HostedUI;
        await hosted.GetClientCredentialsTokenAsync(["api/read"]);

        clock.Advance(TimeSpan.FromMinutes(58));
        var stillCached = await hosted.GetClientCredentialsTokenAsync(["api/read"]);
        clock.Advance(TimeSpan.FromMinutes(1.5));
        var renewed = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => hosted.GetClientCredentialsTokenAsync(["api/read"]))));

        Assert.Equal("token-1", stillCached.AccessToken);
        Assert.Equal(2, handler.Count);
        Assert.All(renewed, t => Assert.Equal("token-2", t.AccessToken));
    }

    [Fact]
    public async Task AFailedRequest_IsNotCached_TheNextCallerTriesAgain()
    {
        var calls = 0;
        var handler = new FakeDomainHandler((_, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
            ? FakeDomainHandler.Json("""{"error":"invalid_client"}""", HttpStatusCode.BadRequest)
            : FakeDomainHandler.Json("""{"access_token":"ok","expires_in":3600}""")));
        var hosted = HostedTestServices.Build(handler, "secret").GetRequiredService<ICognitoKit>().HostedUI;

        var error = await Assert.ThrowsAsync<OAuthErrorException>(() => hosted.GetClientCredentialsTokenAsync(["api/read"]));
        var token = await hosted.GetClientCredentialsTokenAsync(["api/read"]);

        Assert.Equal("invalid_client", error.Error);
        Assert.Equal("ok", token.AccessToken);
    }

    [Fact]
    public async Task ACancelledCaller_StopsWaiting_WithoutCancellingTheSharedRequest()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = CountingDomain(gate);
        var hosted = HostedTestServices.Build(handler, "secret").GetRequiredService<ICognitoKit>().HostedUI;
        using var cancel = new CancellationTokenSource();

        var impatient = hosted.GetClientCredentialsTokenAsync(["api/read"], cancel.Token);
        var patient = hosted.GetClientCredentialsTokenAsync(["api/read"]);
        await cancel.CancelAsync();
        gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        Assert.Equal("token-1", (await patient).AccessToken);
        Assert.Equal(1, handler.Count);
    }
}
