using System.Collections.Concurrent;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Sessions;

public sealed class SessionStoreEndToEndTests(ClockedEmulatorFixture emulator) : IClassFixture<ClockedEmulatorFixture>
{
    [Fact]
    public async Task SessionSavedByOneServer_IsRestoredAndRefreshedByAnother_ThroughAJsonStore()
    {
        var shared = new JsonTextStore();
        SessionPool pool = await emulator.CreatePoolAsync(clientSecret: true, emailAsUsername: true);
        using ServiceProvider serverA = pool.CreateProvider(configureKit: k => k.AddSessionStore(_ => shared));
        using ServiceProvider serverB = pool.CreateProvider(configureKit: k => k.AddSessionStore(_ => shared));
        ICognitoKit a = serverA.GetRequiredService<ICognitoKit>();
        ICognitoKit b = serverB.GetRequiredService<ICognitoKit>();
        await a.Sessions.SaveAsync("user-1", await pool.SignInAsync(a));
        emulator.Clock.Advance(TimeSpan.FromMinutes(61));

        CognitoSession restored = (await b.Sessions.GetAsync("user-1"))!;
        CognitoTokens fresh = await restored.GetValidTokensAsync();

        Assert.Equal(pool.User.Username, restored.Username);
        Assert.True((await a.Tokens.ValidateAsync(fresh.AccessToken, CognitoTokenUse.Access)).IsValid);
        CognitoSession again = (await a.Sessions.GetAsync("user-1"))!;
        Assert.Equal(fresh.AccessToken, again.Tokens.AccessToken);
        Assert.Equal(fresh.AccessToken, (await again.GetValidTokensAsync()).AccessToken); // saved fresh: no second refresh
        Assert.Equal(1, pool.Refreshes());
        Assert.DoesNotContain(fresh.AccessToken, again.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdToken_PresentedAsAnAccessToken_OrFromAnotherAppClient_IsRejected()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        EmulatedUserPoolClientFor other = new(await pool.Pool.CreateClientAsync("other-client"));
        using ServiceProvider provider = pool.CreateProvider();
        using ServiceProvider otherProvider = pool.CreateProvider(o =>
        {
            o.ClientId = other.Client.ClientId;
            o.ClientSecret = null;
        });
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        CognitoSession mine = await pool.SignInAsync(kit);
        CognitoSession theirs = await pool.SignInAsync(otherProvider.GetRequiredService<ICognitoKit>());

        CognitoTokenValidationResult idAsAccess = await kit.Tokens.ValidateAsync(mine.Tokens.IdToken, CognitoTokenUse.Access);
        CognitoTokenValidationResult foreign = await kit.Tokens.ValidateAsync(theirs.Tokens.AccessToken, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.WrongTokenUse, idAsAccess.RejectionReason);
        Assert.Equal(TokenRejectionReason.WrongClient, foreign.RejectionReason);
    }

    [Fact]
    public async Task InjectedValidator_WithoutTheFacade_ValidatesTheSameTokens()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        using ServiceProvider signIn = pool.CreateProvider();
        CognitoSession session = await pool.SignInAsync(signIn.GetRequiredService<ICognitoKit>());
        var api = new ServiceCollection();
        api.AddSingleton<TimeProvider>(emulator.Clock);
        api.AddCognitoTokenValidation(o =>
        {
            o.Issuer = pool.Pool.Issuer;
            o.AllowedClientIds.Add(pool.Client.ClientId);
        });
        using ServiceProvider apiProvider = api.BuildServiceProvider();

        CognitoTokenValidationResult result = await apiProvider.GetRequiredService<ICognitoTokenValidator>()
            .ValidateAsync(session.Tokens.AccessToken, CognitoTokenUse.Access);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(pool.User.Username, result.Claims.Username);
    }

    /// <summary>Stands in for a distributed cache: keeps only JSON text, as a cache of strings would.</summary>
    private sealed class JsonTextStore : ICognitoSessionStore
    {
        private readonly ConcurrentDictionary<string, string> _entries = new(StringComparer.Ordinal);

        public ValueTask<CognitoSessionSnapshot?> GetAsync(string key, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(_entries.TryGetValue(key, out string? json) ? CognitoSessionSnapshot.FromJson(json) : null);

        public ValueTask SetAsync(string key, CognitoSessionSnapshot snapshot, CancellationToken cancellationToken = default)
        {
            _entries[key] = snapshot.ToJson();
            return ValueTask.CompletedTask;
        }

        public ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default)
        {
            _entries.TryRemove(key, out _);
            return ValueTask.CompletedTask;
        }
    }

    private sealed record EmulatedUserPoolClientFor(CognitoKit.Testing.EmulatedUserPoolClient Client);
}
