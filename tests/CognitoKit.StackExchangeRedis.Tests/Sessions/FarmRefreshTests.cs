using CognitoKit.Tokens;
using CognitoKit.StackExchangeRedis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.StackExchangeRedis.Tests.Sessions;

public sealed class FarmRefreshTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ThousandConcurrentCalls_OverThreeInstances_ForOneDueSession_MakeExactlyOneRefresh(bool rotation)
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation);
        await using Farm farm = await Farm.StartAsync(pool, instances: 3);
        IReadOnlyList<ICognitoKit> instances = farm.Instances;
        string signedInAccessToken = (await farm.SignInAndSaveAsync(instances[0], pool.Users[0], "alice")).Tokens.AccessToken;
        foreach (ICognitoKit instance in instances)
        {
            Assert.NotNull(await instance.Sessions.GetAsync("alice")); // every instance holds the session
        }

        emulator.Clock.Advance(TimeSpan.FromMinutes(61));
        CognitoTokens[] results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => Task.Run(async () =>
        {
            CognitoSession session = (await instances[i % 3].Sessions.GetAsync("alice"))!;
            return await session.GetValidTokensAsync();
        })));

        Assert.Equal(1, pool.Refreshes());
        Assert.Single(results.Select(t => t.AccessToken).Distinct(StringComparer.Ordinal));
        Assert.NotEqual(signedInAccessToken, results[0].AccessToken);
        Assert.True(results[0].AccessTokenExpiresAt > emulator.Clock.GetUtcNow());
        foreach (ICognitoKit instance in instances)
        {
            Assert.Equal(results[0].AccessToken, (await instance.Sessions.GetAsync("alice"))!.Tokens.AccessToken);
        }
    }

    [Fact]
    public async Task HundredUsersDueAtOnce_OverThreeInstances_MakeExactlyHundredRefreshes_NoneLost()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: true, users: 100);
        await using Farm farm = await Farm.StartAsync(pool, instances: 3);
        IReadOnlyList<ICognitoKit> instances = farm.Instances;
        await Task.WhenAll(pool.Users.Select((user, i) => farm.SignInAndSaveAsync(instances[i % 3], user, "key-" + user)));

        emulator.Clock.Advance(TimeSpan.FromMinutes(61));
        CognitoTokens[] results = await Task.WhenAll(Enumerable.Range(0, 600).Select(i => Task.Run(async () =>
        {
            string user = pool.Users[i % 100];
            CognitoSession session = (await instances[i % 3].Sessions.GetAsync("key-" + user))!;
            return await session.GetValidTokensAsync();
        })));

        Assert.Equal(100, pool.Refreshes());
        Assert.Equal(100, results.Select(t => t.AccessToken).Distinct(StringComparer.Ordinal).Count());
        foreach (string user in pool.Users)
        {
            CognitoSession stored = (await instances[2].Sessions.GetAsync("key-" + user))!;
            Assert.Equal(user, stored.Username);
            Assert.True(stored.Tokens.AccessTokenExpiresAt > emulator.Clock.GetUtcNow());
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LeaseholderHangingMidRefresh_AnotherInstanceTakesOverAfterTheLeaseExpires_AndTheUserStaysSignedIn(bool rotation)
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation);
        var hang = new HangingRefreshHandler();
        await using Farm farm = await Farm.StartAsync(pool, instances: 3, configureKit: (i, kit) =>
        {
            if (i == 0)
            {
                kit.ConfigureHttpClient(http => http.AddHttpMessageHandler(() => hang));
            }
        });
        IReadOnlyList<ICognitoKit> instances = farm.Instances;
        await farm.SignInAndSaveAsync(instances[0], pool.Users[0], "bob");
        emulator.Clock.Advance(TimeSpan.FromMinutes(61));

        hang.Armed = true;
        CognitoSession onOne = (await instances[0].Sessions.GetAsync("bob"))!;
        Task<CognitoTokens> stuck = onOne.GetValidTokensAsync();
        await hang.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30)); // instance 1 holds the lease and hangs inside Cognito's call
        CognitoTokens[] others = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
            await (await instances[1 + (i % 2)].Sessions.GetAsync("bob"))!.GetValidTokensAsync())));
        hang.Fail(); // the hung call dies without reaching Cognito
        await Assert.ThrowsAnyAsync<CognitoException>(() => stuck);

        Assert.Equal(1, pool.Refreshes());
        Assert.Single(others.Select(t => t.AccessToken).Distinct(StringComparer.Ordinal));
        CognitoTokens afterOnOne = await (await instances[0].Sessions.GetAsync("bob"))!.GetValidTokensAsync();
        Assert.Equal(others[0].AccessToken, afterOnOne.AccessToken);
        Assert.Equal(1, pool.Refreshes());
        emulator.Clock.Advance(TimeSpan.FromMinutes(61));
        CognitoTokens next = await (await instances[2].Sessions.GetAsync("bob"))!.GetValidTokensAsync(); // the stored (rotated) refresh token still works
        Assert.True((await instances[1].Tokens.ValidateAsync(next.AccessToken, CognitoTokenUse.Access)).IsValid);
        Assert.Equal(2, pool.Refreshes());
    }

    /// <summary>Hangs the first refresh sent through it until the test makes it fail: a leaseholder that stopped mid-refresh.</summary>
    private sealed class HangingRefreshHandler : DelegatingHandler
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public volatile bool Armed;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Fail() => _release.TrySetResult();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            bool isRefresh = body.Contains("REFRESH_TOKEN", StringComparison.Ordinal)
                || request.Headers.TryGetValues("X-Amz-Target", out IEnumerable<string>? target) && target.Any(t => t.EndsWith("GetTokensFromRefreshToken", StringComparison.Ordinal));
            if (Armed && isRefresh)
            {
                Entered.TrySetResult();
                await _release.Task;
                throw new HttpRequestException("The instance holding the refresh lease stopped.");
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
