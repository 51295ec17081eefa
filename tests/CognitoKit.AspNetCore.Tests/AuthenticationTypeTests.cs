using System.Security.Claims;
using CognitoKit.AspNetCore.Tests.Infrastructure;
using CognitoKit.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>The authenticated identity names the scheme that authenticated it, as ASP.NET Core's own handlers do.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuthenticationTypeTests(ApiServerFixture api)
{
    [Theory]
    [InlineData(CognitoAuthenticationDefaults.AuthenticationScheme)]
    [InlineData("PartnerApi")]
    public async Task Authenticate_WithAValidToken_GivesAnIdentityWhoseAuthenticationTypeIsTheScheme(string scheme)
    {
        CognitoSession alice = await api.SignInAsync("alice");
        await using ServiceProvider services = Services(scheme);

        AuthenticateResult result = await AuthenticateAsync(services, scheme, alice.Tokens.AccessToken);

        Assert.True(result.Succeeded, result.Failure?.Message);
        ClaimsIdentity identity = Assert.IsType<ClaimsIdentity>(result.Principal!.Identity);
        Assert.Equal(scheme, identity.AuthenticationType);
        Assert.True(identity.IsAuthenticated);
        Assert.Equal("alice", identity.Name);
        Assert.Contains(identity.Claims, c => c.Type == ClaimTypes.Role && c.Value == "admins");
    }

    [Fact]
    public async Task Authenticate_UnderTwoSchemes_NamesEachSchemeOnItsOwnIdentity()
    {
        CognitoSession alice = await api.SignInAsync("alice");
        await using ServiceProvider services = Services(CognitoAuthenticationDefaults.AuthenticationScheme, "Partner");

        AuthenticateResult first = await AuthenticateAsync(services, CognitoAuthenticationDefaults.AuthenticationScheme, alice.Tokens.AccessToken);
        AuthenticateResult second = await AuthenticateAsync(services, "Partner", alice.Tokens.AccessToken);

        Assert.Equal(CognitoAuthenticationDefaults.AuthenticationScheme, first.Principal!.Identity!.AuthenticationType);
        Assert.Equal("Partner", second.Principal!.Identity!.AuthenticationType);
    }

    [Fact]
    public async Task Principal_OfTheValidatorsClaims_KeepsTheDefaultAuthenticationType()
    {
        CognitoSession alice = await api.SignInAsync("alice");
        await using ServiceProvider services = Services(CognitoAuthenticationDefaults.AuthenticationScheme);
        ICognitoTokenValidator validator = services.GetRequiredService<CognitoValidatorProvider>().Get(
            CognitoAuthenticationDefaults.AuthenticationScheme,
            services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<CognitoAuthenticationOptions>>().Get(CognitoAuthenticationDefaults.AuthenticationScheme));

        CognitoTokenValidationResult result = await validator.ValidateAsync(alice.Tokens.AccessToken, CognitoTokenUse.Access);

        Assert.Equal("Cognito", result.Principal!.Identity!.AuthenticationType);
    }

    private ServiceProvider Services(params string[] schemes)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(api.Clock);
        AuthenticationBuilder authentication = services.AddAuthentication();
        foreach (string scheme in schemes)
        {
            authentication.AddCognito(scheme, o =>
            {
                o.UserPoolId = api.Pool.Id;
                o.Issuer = api.Pool.Issuer;
                o.ClientIds = [api.Client.ClientId];
                o.TokenUse = CognitoTokenUse.Access;
            });
        }

        return services.BuildServiceProvider();
    }

    private static async Task<AuthenticateResult> AuthenticateAsync(IServiceProvider services, string scheme, string token)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers.Authorization = "Bearer " + token;
        return await context.AuthenticateAsync(scheme);
    }
}
