using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Tests.IdentityPools;

public sealed class OpenIdTokenTests
{
    [Fact]
    public async Task GetOpenIdToken_SignedIn_ReturnsTokenForTheIdentityThatVerifiesWithTheServedJwks()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var logins = bed.Logins(await bed.IdTokenAsync());
        var identityId = await bed.GetIdAsync(logins);

        var response = await bed.CallAsync("GetOpenIdToken", bed.ForIdentity(identityId, logins));

        var token = (string)response["Token"]!;
        var configuration = JsonNode.Parse(await bed.Scenario.Wire.Http.GetStringAsync(bed.Cognito.OpenIdTokenIssuer() + "/.well-known/openid-configuration"))!;
        var jwks = new JsonWebKeySet(await bed.Scenario.Wire.Http.GetStringAsync((string)configuration["jwks_uri"]!));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = bed.Cognito.OpenIdTokenIssuer(),
            ValidAudience = bed.IdentityPool.Id,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            LifetimeValidator = (_, _, _, _) => true,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(identityId, (string?)response["IdentityId"]);
        var claims = IdentityTestBed.Claims(token);
        Assert.Equal(identityId, (string?)claims["sub"]);
        var amr = claims["amr"]!.AsArray().Select(a => (string?)a).ToList();
        Assert.Contains("authenticated", amr);
        Assert.Contains(bed.ProviderName, amr);
    }

    [Fact]
    public async Task GetOpenIdToken_AsGuest_SaysUnauthenticated()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var guest = await bed.GetIdAsync();

        var response = await bed.CallAsync("GetOpenIdToken", bed.ForIdentity(guest));

        var claims = IdentityTestBed.Claims((string)response["Token"]!);
        Assert.Equal(["unauthenticated"], claims["amr"]!.AsArray().Select(a => (string?)a));
        Assert.Equal(bed.IdentityPool.Id, (string?)claims["aud"]);
        Assert.Equal(600, (long)claims["exp"]! - (long)claims["iat"]!);
    }
}
