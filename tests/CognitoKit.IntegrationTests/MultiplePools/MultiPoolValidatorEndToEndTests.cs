using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.MultiplePools;

/// <summary>One validator trusting two pools of one emulator, each with its own app client.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class MultiPoolValidatorEndToEndTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task Validator_AcceptsTokensOfBothPools_AndRejectsAThirdPoolsTokenBeforeAnyKeyFetch()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        TestPool third = await emulator.CreatePoolAsync();
        await third.CreateUserAsync("eve", TwoPools.Password);
        string carol = (await TwoPools.SignInAsync(pools.Customers.Kit, "carol")).Tokens.AccessToken;
        string sam = (await TwoPools.SignInAsync(pools.Staff.Kit, "sam")).Tokens.AccessToken;
        string eve = (await TwoPools.SignInAsync(third.Kit, "eve")).Tokens.AccessToken;
        var fetches = new List<Uri>();
        using ServiceProvider api = Api(pools, fetches);
        ICognitoTokenValidator validator = api.GetRequiredService<ICognitoTokenValidator>();

        CognitoTokenValidationResult rejected = await validator.ValidateAsync(eve, CognitoTokenUse.Access);
        int fetchesAfterRejection = fetches.Count;
        CognitoTokenValidationResult customer = await validator.ValidateAsync(carol, CognitoTokenUse.Access);
        CognitoTokenValidationResult employee = await validator.ValidateAsync(sam, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.WrongIssuer, rejected.RejectionReason);
        Assert.Equal(0, fetchesAfterRejection);
        Assert.Equal("carol", customer.Claims?.Username);
        Assert.Equal("sam", employee.Claims?.Username);
        Assert.Equal([pools.Customers.Pool.JwksUri, pools.Staff.Pool.JwksUri], fetches);
    }

    [Fact]
    public async Task Validator_HoldsEachPoolToItsOwnAppClients()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        string otherClientId = (await pools.Staff.Pool.CreateClientAsync("second-client")).ClientId;
        string samWithOtherClient = (await TwoPools.SignInAsync(
            pools.Staff.CreateKit(o => o.ClientId = otherClientId), "sam")).Tokens.AccessToken;
        using ServiceProvider api = Api(pools, []);

        CognitoTokenValidationResult result = await api.GetRequiredService<ICognitoTokenValidator>().ValidateAsync(samWithOtherClient, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.WrongClient, result.RejectionReason);
    }

    [Fact]
    public async Task Validator_BesideAddCognitoKit_LeavesTheFacadesValidatorToItsOwnPool()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        string sam = (await TwoPools.SignInAsync(pools.Staff.Kit, "sam")).Tokens.AccessToken;
        using ServiceProvider api = Api(pools, [], s => s.AddCognitoKit(TwoPools.At(pools.Customers)));

        Assert.True((await api.GetRequiredService<ICognitoTokenValidator>().ValidateAsync(sam, CognitoTokenUse.Access)).IsValid);
        Assert.Equal(
            TokenRejectionReason.WrongIssuer,
            (await api.GetRequiredService<ICognitoKit>().Tokens.ValidateAsync(sam, CognitoTokenUse.Access)).RejectionReason);
    }

    private static ServiceProvider Api(TwoPools pools, List<Uri> fetches, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        configure?.Invoke(services);
        services.AddCognitoMultiPoolTokenValidation(o => o
            .TrustPool(p =>
            {
                p.Issuer = pools.Customers.Pool.Issuer;
                p.AllowedClientIds.Add(pools.Customers.ClientId);
            })
            .TrustPool(p =>
            {
                p.Issuer = pools.Staff.Pool.Issuer;
                p.AllowedClientIds.Add(pools.Staff.ClientId);
            }));
        services.AddHttpClient(CognitoTokenValidator.HttpClientName).AddHttpMessageHandler(() => new RecordingHandler(fetches));
        return services.BuildServiceProvider();
    }

    private sealed class RecordingHandler(List<Uri> requests) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (requests)
            {
                requests.Add(request.RequestUri!);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
