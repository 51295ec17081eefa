using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.MultiplePools;

/// <summary>The validator of <c>AddCognitoMultiPoolTokenValidation</c> consults the container's revocation list, like the
/// single-pool one: a revoked sign-in of either pool is refused while its access token is still unexpired.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class MultiPoolValidatorRevocationEndToEndTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task Validator_RefusesTheAccessTokenOfASessionRevokedThroughTheFacade()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        var services = new ServiceCollection();
        services.AddCognitoKit(TwoPools.At(pools.Customers));
        AddBothPools(services, pools);
        using ServiceProvider api = services.BuildServiceProvider();
        ICognitoKit kit = api.GetRequiredService<ICognitoKit>();
        ICognitoTokenValidator validator = api.GetRequiredService<ICognitoTokenValidator>();
        CognitoSession carol = await TwoPools.SignInAsync(kit, "carol");
        string token = carol.Tokens.AccessToken;
        Assert.True((await validator.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);

        await kit.Account(carol).RevokeRefreshTokenAsync();
        CognitoTokenValidationResult result = await validator.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Revoked, result.RejectionReason);
    }

    [Fact]
    public async Task Validator_RefusesATokenWhoseUserIsInTheSharedRevocationList()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        var services = new ServiceCollection();
        AddBothPools(services, pools);
        using ServiceProvider api = services.BuildServiceProvider();
        ICognitoTokenValidator validator = api.GetRequiredService<ICognitoTokenValidator>();
        string sam = (await TwoPools.SignInAsync(pools.Staff.Kit, "sam")).Tokens.AccessToken;
        CognitoTokenValidationResult before = await validator.ValidateAsync(sam, CognitoTokenUse.Access);
        Assert.True(before.IsValid);

        DateTimeOffset now = DateTimeOffset.UtcNow.AddMinutes(1);
        api.GetRequiredService<ICognitoRevocationList>().Add(
            CognitoRevocation.ForSubject(pools.Staff.Pool.Issuer, before.Claims!.Subject, now, now.AddHours(2)));
        CognitoTokenValidationResult after = await validator.ValidateAsync(sam, CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Revoked, after.RejectionReason);
    }

    private static void AddBothPools(IServiceCollection services, TwoPools pools) =>
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
}
