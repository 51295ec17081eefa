using Amazon.Runtime;
using CognitoKit.IntegrationTests.Identity;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Tokens.Validation;
using Microsoft.Extensions.DependencyInjection;
using static CognitoKit.IntegrationTests.Account.AccountFlows;

namespace CognitoKit.IntegrationTests.Operations;

/// <summary>Observers added with <c>AddObserver</c> hear sign-ins, refreshes, refusals, sign-outs and credentials renewals.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class EventObserverTests(EmulatorFixture emulator)
{
    private static readonly BasicAWSCredentials Admin = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    [Theory]
    [InlineData(false, "USER_SRP_AUTH")]
    [InlineData(true, "USER_PASSWORD_AUTH")]
    public async Task SignIn_TellsObserversWhoSignedInAndHow(bool passwordAuth, string flow)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true });
        var observer = new RecordingObserver();
        ICognitoKit kit = pool.CreateKit(configureKit: k => k.AddObserver(_ => observer));
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);

        SignInCommand command = kit.SignIn(username, Password);
        SignedIn signedIn = Assert.IsType<SignedIn>(await (passwordAuth ? command.WithPasswordAuth() : command).SendAsync());

        CognitoKitEvent e = Assert.Single(observer.Events);
        Assert.Equal(CognitoKitEventKind.SignedIn, e.Kind);
        Assert.Equal(username, e.Username);
        Assert.Equal(UnverifiedJwtReader.ReadString(signedIn.Session.Tokens.IdToken, "sub"), e.Sub);
        Assert.NotNull(e.Sub);
        Assert.Equal(flow, e.SignInFlow);
        Assert.Equal(string.Empty, e.InstanceName);
        Assert.DoesNotContain(signedIn.Session.Tokens.AccessToken, e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(signedIn.Session.Tokens.IdToken, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AfterAChallenge_IsToldOnceTheChallengeIsAnswered()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        var observer = new RecordingObserver();
        ICognitoKit kit = pool.CreateKit(configureKit: k => k.AddObserver(_ => observer));
        string username = NewUsername();
        await pool.CreateUserWithTemporaryPasswordAsync(username, "Temp0rary!");

        NewPasswordRequired challenge = Assert.IsType<NewPasswordRequired>(await kit.SignIn(username, "Temp0rary!").SendAsync());
        Assert.Empty(observer.Events);
        Assert.IsType<SignedIn>(await challenge.SetPasswordAsync(Password));

        Assert.Equal([CognitoKitEventKind.SignedIn], observer.Kinds);
    }

    [Fact]
    public async Task Refresh_ThenSignOutEverywhere_AreTold()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        var observer = new RecordingObserver();
        ICognitoKit kit = pool.CreateKit(configureKit: k => k.AddObserver(_ => observer));
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoSession session = await SignInAsync(kit, username, Password);

        await session.RefreshAsync();
        await kit.Account(session).SignOutEverywhereAsync();

        Assert.Equal([CognitoKitEventKind.SignedIn, CognitoKitEventKind.Refreshed, CognitoKitEventKind.SignedOut], observer.Kinds);
        Assert.All(observer.Events, e => Assert.Equal(username, e.Username));
        Assert.True(observer.Events[2].Everywhere);
    }

    [Fact]
    public async Task RevokeRefreshToken_IsASignOutOfThisSessionOnly()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true });
        var observer = new RecordingObserver();
        ICognitoKit kit = pool.CreateKit(configureKit: k => k.AddObserver(_ => observer));
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoSession session = await SignInAsync(kit, username, Password);

        await kit.Account(session).RevokeRefreshTokenAsync();

        CognitoKitEvent signedOut = observer.Events[^1];
        Assert.Equal(CognitoKitEventKind.SignedOut, signedOut.Kind);
        Assert.False(signedOut.Everywhere);
        Assert.Equal(observer.Events[0].Sub, signedOut.Sub);
    }

    [Fact]
    public async Task AdminSignOut_ThenRefresh_TellsSignedOutEverywhere_ThenRefreshRefused()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        var observer = new RecordingObserver();
        ICognitoKit kit = pool.CreateKit(configureKit: k => k.AddAdminCredentials(Admin).AddObserver(_ => observer));
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoSession session = await SignInAsync(kit, username, Password);

        await kit.Admin.SignOutUserAsync(username);
        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => session.RefreshAsync());

        Assert.Equal([CognitoKitEventKind.SignedIn, CognitoKitEventKind.SignedOut, CognitoKitEventKind.RefreshRefused], observer.Kinds);
        string? sub = observer.Events[0].Sub;
        Assert.NotNull(sub);
        Assert.True(observer.Events[1].Everywhere);
        Assert.Equal(sub, observer.Events[1].Sub);
        Assert.Equal("NotAuthorizedException", observer.Events[2].ErrorCode);
        Assert.Equal(sub, observer.Events[2].Sub);
    }

    [Fact]
    public async Task AnObserverThatThrows_BreaksNoSignIn_AndTheNextObserverStillHears()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        var failing = new RecordingObserver { Throws = true };
        var second = new RecordingObserver();
        ICognitoKit kit = pool.CreateKit(configureKit: k => k.AddObserver(_ => failing).AddObserver(_ => second));
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);

        CognitoSession session = await SignInAsync(kit, username, Password);
        CognitoTokens refreshed = await session.RefreshAsync();

        Assert.Equal([CognitoKitEventKind.SignedIn, CognitoKitEventKind.Refreshed], failing.Kinds);
        Assert.Equal([CognitoKitEventKind.SignedIn, CognitoKitEventKind.Refreshed], second.Kinds);
        Assert.False(session.IsEnded);
        Assert.Equal(refreshed.AccessToken, session.Tokens.AccessToken);
    }

    [Fact]
    public async Task NamedInstance_EventsCarryItsName_AndReachOnlyItsObservers()
    {
        TestPool customers = await emulator.CreatePoolAsync();
        TestPool staff = await emulator.CreatePoolAsync();
        var customerObserver = new RecordingObserver();
        var staffObserver = new RecordingObserver();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCognitoKit(customers.Configure).AddObserver(_ => customerObserver);
        services.AddCognitoKit("staff", staff.Configure).AddObserver(_ => staffObserver);
        await using ServiceProvider provider = services.BuildServiceProvider();
        ICognitoKit staffKit = provider.GetRequiredKeyedService<ICognitoKit>("staff");
        string username = NewUsername();
        await staff.CreateUserAsync(username, Password);

        await SignInAsync(staffKit, username, Password);

        Assert.Empty(customerObserver.Events);
        CognitoKitEvent e = Assert.Single(staffObserver.Events);
        Assert.Equal("staff", e.InstanceName);
        Assert.Equal(username, e.Username);
    }

    [Fact]
    public async Task ObserverRegisteredAsAService_HearsTheDefaultInstance_OnceEvenWhenAddedTwice()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        ICognitoKitBuilder builder = services.AddCognitoKit(pool.Configure);
        builder.AddObserver<CountingObserver>().AddObserver<CountingObserver>();
        await using ServiceProvider provider = services.BuildServiceProvider();
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);

        await SignInAsync(provider.GetRequiredService<ICognitoKit>(), username, Password);

        CountingObserver observer = Assert.IsType<CountingObserver>(Assert.Single(provider.GetServices<ICognitoKitObserver>()));
        Assert.Equal(1, observer.Count);
    }

    [Fact]
    public async Task IdentityPoolCredentials_WhenIssuedAndRenewed_AreTold()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync(tokenValidity: TimeSpan.FromMinutes(60));
        var observer = new RecordingObserver();
        ICognitoKit kit = world.CreateKit(configureServices: s => s.AddSingleton<ICognitoKitObserver>(observer));
        CognitoSession session = await world.SignInAsync(kit);
        CognitoAWSCredentials credentials = kit.Identity.ForSession(session);

        ImmutableCredentials first = await credentials.GetCredentialsAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(58)); // credentials live an hour; renewed once less than the margin remains
        ImmutableCredentials second = await credentials.GetCredentialsAsync();

        Assert.NotEqual(first.AccessKey, second.AccessKey);
        CognitoKitEvent[] renewals = [.. observer.Events.Where(e => e.Kind == CognitoKitEventKind.CredentialsRenewed)];
        Assert.Equal(2, renewals.Length);
        Assert.All(renewals, e =>
        {
            Assert.Equal(credentials.IdentityId, e.IdentityId);
            Assert.Equal(world.Username, e.Username);
            Assert.NotNull(e.CredentialsExpireAt);
            Assert.DoesNotContain(second.SecretKey, e.ToString(), StringComparison.Ordinal);
        });
    }

    private sealed class CountingObserver : ICognitoKitObserver
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Task OnEventAsync(CognitoKitEvent cognitoEvent, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }
}
