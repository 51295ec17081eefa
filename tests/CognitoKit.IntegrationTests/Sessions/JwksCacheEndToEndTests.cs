using CognitoKit.Testing;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Sessions;

public sealed class JwksCacheEndToEndTests(ClockedEmulatorFixture emulator) : IClassFixture<ClockedEmulatorFixture>
{
    [Fact]
    public async Task ThousandConcurrentValidations_OnAColdCache_FetchTheEmulatorsJwksOnce()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        using ServiceProvider signIn = pool.CreateProvider();
        CognitoSession session = await pool.SignInAsync(signIn.GetRequiredService<ICognitoKit>());
        using ServiceProvider api = pool.CreateProvider(); // a server that has never fetched the keys
        ICognitoTokenValidator validator = api.GetRequiredService<ICognitoKit>().Tokens;
        string jwks = EmulatorRequestLog.GetOperation($"/{pool.Pool.Id}/.well-known/jwks.json");
        int before = emulator.Emulator.Requests.Count(jwks);

        CognitoTokenValidationResult[] results = await Task.WhenAll(Enumerable.Range(0, 1000)
            .Select(_ => Task.Run(async () => await validator.ValidateAsync(session.Tokens.AccessToken, CognitoTokenUse.Access))));

        Assert.All(results, r => Assert.True(r.IsValid, r.Message));
        Assert.Equal(1, emulator.Emulator.Requests.Count(jwks) - before);
    }
}
