using CognitoKit.Hosted;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.MultiplePools;

/// <summary>Two named CognitoKit instances in one app, each talking to its own pool of one emulator.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class NamedInstancesEndToEndTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task TwoNamedInstances_SignInTheUsersOfTheirOwnPool()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        using ServiceProvider app = pools.CreateApp();
        ICognitoKit customers = app.GetRequiredKeyedService<ICognitoKit>("customers");
        ICognitoKit staff = app.GetRequiredKeyedService<ICognitoKit>("staff");

        CognitoSession carol = await TwoPools.SignInAsync(customers, "carol");
        CognitoSession sam = await TwoPools.SignInAsync(staff, "sam");

        Assert.Equal(pools.Customers.PoolId, customers.Options.UserPoolId);
        Assert.Equal(pools.Staff.PoolId, staff.Options.UserPoolId);
        Assert.Equal("carol", carol.Username);
        Assert.Equal("sam", sam.Username);
        Assert.Equal(pools.Customers.Pool.Issuer, UnverifiedIssuer(carol.Tokens.AccessToken));
        Assert.Equal(pools.Staff.Pool.Issuer, UnverifiedIssuer(sam.Tokens.AccessToken));
        await Assert.ThrowsAnyAsync<CognitoException>(() => staff.SignIn("carol", TwoPools.Password).SendAsync(CancellationToken.None));
    }

    [Fact]
    public async Task EachNamedInstance_ValidatesOnlyTheTokensOfItsOwnPool()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        using ServiceProvider app = pools.CreateApp();
        ICognitoKit customers = app.GetRequiredKeyedService<ICognitoKit>("customers");
        ICognitoKit staff = app.GetRequiredKeyedService<ICognitoKit>("staff");
        string carol = (await TwoPools.SignInAsync(customers, "carol")).Tokens.AccessToken;
        string sam = (await TwoPools.SignInAsync(staff, "sam")).Tokens.AccessToken;

        Assert.True((await customers.Tokens.ValidateAsync(carol, CognitoTokenUse.Access)).IsValid);
        Assert.True((await staff.Tokens.ValidateAsync(sam, CognitoTokenUse.Access)).IsValid);
        Assert.Equal(TokenRejectionReason.WrongIssuer, (await customers.Tokens.ValidateAsync(sam, CognitoTokenUse.Access)).RejectionReason);
        Assert.Equal(TokenRejectionReason.WrongIssuer, (await staff.Tokens.ValidateAsync(carol, CognitoTokenUse.Access)).RejectionReason);
        Assert.Same(staff.Tokens, app.GetRequiredKeyedService<ICognitoTokenValidator>("staff"));
    }

    [Fact]
    public async Task NamedInstancesBesideTheDefaultOne_LeaveItResolvableWithoutAKey()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        TestPool third = await emulator.CreatePoolAsync();
        await third.CreateUserAsync("dan", TwoPools.Password);
        using ServiceProvider app = pools.CreateApp(configureServices: s => s.AddCognitoKit(TwoPools.At(third)));

        ICognitoKit unnamed = app.GetRequiredService<ICognitoKit>();
        CognitoSession dan = await TwoPools.SignInAsync(unnamed, "dan");

        Assert.Equal(third.PoolId, unnamed.Options.UserPoolId);
        Assert.Equal("dan", dan.Username);
        Assert.NotSame(unnamed, app.GetRequiredKeyedService<ICognitoKit>("customers"));
        Assert.NotSame(unnamed.Sessions, app.GetRequiredKeyedService<ICognitoKit>("staff").Sessions);
    }

    [Fact]
    public async Task NamedInstance_RevokedSession_IsRefusedAsRevokedByThatInstancesValidator()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        using ServiceProvider app = pools.CreateApp();
        ICognitoKit staff = app.GetRequiredKeyedService<ICognitoKit>("staff");
        CognitoSession signedOut = await TwoPools.SignInAsync(staff, "sam");
        CognitoSession other = await TwoPools.SignInAsync(staff, "sam");
        string access = signedOut.Tokens.AccessToken;

        await staff.Account(signedOut).RevokeRefreshTokenAsync();

        Assert.Equal(TokenRejectionReason.Revoked, (await staff.Tokens.ValidateAsync(access, CognitoTokenUse.Access)).RejectionReason);
        Assert.True((await staff.Tokens.ValidateAsync(other.Tokens.AccessToken, CognitoTokenUse.Access)).IsValid);
    }

    [Fact]
    public async Task NamedInstance_WithItsOwnHostedUI_BuildsAuthorizationsOnItsOwnDomain()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        using ServiceProvider app = pools.CreateApp((_, staff) => staff.AddHostedUI(o =>
        {
            o.Domain = new Uri("https://staff-sign-in.example.com");
            o.RedirectUri = new Uri("https://app.example.com/signin-staff");
        }));

        HostedAuthorization authorization = app.GetRequiredKeyedService<ICognitoKit>("staff").HostedUI.CreateAuthorization();

        Assert.Equal("staff-sign-in.example.com", authorization.AuthorizationUri.Host);
        Assert.Contains("client_id=" + pools.Staff.ClientId, authorization.AuthorizationUri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpClientConfiguredForOneInstance_NeverCarriesTheOthersCalls()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        int staffCalls = 0;
        using ServiceProvider app = pools.CreateApp((_, staff) =>
            staff.ConfigureHttpClient(b => b.AddHttpMessageHandler(() => new CountingHandler(() => Interlocked.Increment(ref staffCalls)))));

        await TwoPools.SignInAsync(app.GetRequiredKeyedService<ICognitoKit>("customers"), "carol");
        int afterCustomers = Volatile.Read(ref staffCalls);
        await TwoPools.SignInAsync(app.GetRequiredKeyedService<ICognitoKit>("staff"), "sam");

        Assert.Equal(0, afterCustomers);
        Assert.True(Volatile.Read(ref staffCalls) >= 2, $"The staff instance's sign-in made {staffCalls} calls through its own client.");
    }

    private static string? UnverifiedIssuer(string jwt) => (string?)TestJwt.Payload(jwt)["iss"];
}
