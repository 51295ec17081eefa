using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using static CognitoKit.IntegrationTests.Account.AccountFlows;

namespace CognitoKit.IntegrationTests.HttpClients;

/// <summary>
/// An app that adds a retrying handler to every <c>HttpClient</c> (the .NET Aspire ServiceDefaults pattern) must not
/// make CognitoKit repeat calls that are unsafe to repeat. The class has its own emulator so its request log holds only
/// these tests' calls.
/// </summary>
public sealed class AppWideHttpClientDefaultsTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const int FailuresPlanned = 5;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignUp_FailingWith500_ReachesTheServerOnce(bool defaultsBeforeCognitoKit)
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = CreateKitWithStandardResilience(pool, defaultsBeforeCognitoKit);

        int calls = await CountCallsWhileFailingAsync("SignUp", () => kit.SignUp(NewUsername(), Password).SendAsync());

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task ConfirmSignUp_FailingWith500_ReachesTheServerOnce()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { AutoVerifiedAttributes = ["email"] });
        ICognitoKit kit = CreateKitWithStandardResilience(pool, defaultsBeforeCognitoKit: true);
        string username = NewUsername();
        await kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
        string code = emulator.Emulator.Inbox.LatestCode(username, MessagePurpose.SignUp);

        int calls = await CountCallsWhileFailingAsync("ConfirmSignUp", () => kit.ConfirmSignUp(username, code).SendAsync());

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task RespondToAuthChallenge_FailingWith500_ReachesTheServerOnce()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = CreateKitWithStandardResilience(pool, defaultsBeforeCognitoKit: true);
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);

        // SRP sign-in answers the PASSWORD_VERIFIER challenge with RespondToAuthChallenge.
        int calls = await CountCallsWhileFailingAsync("RespondToAuthChallenge", () => kit.SignIn(username, Password).SendAsync(CancellationToken.None));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task ConfirmForgotPassword_FailingWith500_ReachesTheServerOnce()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = CreateKitWithStandardResilience(pool, defaultsBeforeCognitoKit: true);
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com" });
        await kit.ForgotPassword(username).SendAsync();
        string code = emulator.Emulator.Inbox.LatestCode(username, MessagePurpose.ForgotPassword);

        int calls = await CountCallsWhileFailingAsync("ConfirmForgotPassword", () => kit.ConfirmForgotPassword(username, code, "N3wPassw0rd!").SendAsync());

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task ChangePassword_FailingWith500_ReachesTheServerOnce()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = CreateKitWithStandardResilience(pool, defaultsBeforeCognitoKit: false);
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password);
        CognitoSession session = await SignInAsync(kit, username, Password);

        int calls = await CountCallsWhileFailingAsync("ChangePassword", () => kit.Account(session).ChangePasswordAsync(Password, "N3wPassw0rd!"));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task HandlersAddedAppWide_AreSkipped_ButHandlersAddedToCognitoKitsClientByName_Run()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        var appWide = new CountingHandler();
        var byName = new CountingHandler();
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => appWide));
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = pool.PoolId;
            o.ClientId = pool.ClientId;
            o.UserPoolEndpoint = pool.Fixture.Endpoint;
        });
        services.AddHttpClient(CognitoKitServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(() => byName);
        ICognitoKit kit = services.BuildServiceProvider().GetRequiredService<ICognitoKit>();

        await kit.SignUp(NewUsername(), Password).SendAsync();

        Assert.Equal(0, appWide.Calls);
        Assert.Equal(1, byName.Calls);
    }

    /// <summary>Plans more 500s than any retry policy would use up, runs <paramref name="act"/>, and counts the calls.</summary>
    private async Task<int> CountCallsWhileFailingAsync(string operation, Func<Task> act)
    {
        CognitoEmulator server = emulator.Emulator;
        server.Faults.FailNext(operation, FailuresPlanned);
        server.Requests.Clear();
        try
        {
            await Assert.ThrowsAnyAsync<CognitoException>(act);
            return server.Requests.Count(operation);
        }
        finally
        {
            server.Faults.Clear();
        }
    }

    private static ICognitoKit CreateKitWithStandardResilience(TestPool pool, bool defaultsBeforeCognitoKit)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (defaultsBeforeCognitoKit)
        {
            services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
        }

        services.AddCognitoKit(o =>
        {
            o.UserPoolId = pool.PoolId;
            o.ClientId = pool.ClientId;
            o.UserPoolEndpoint = pool.Fixture.Endpoint;
        });
        if (!defaultsBeforeCognitoKit)
        {
            services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
        }

        return services.BuildServiceProvider().GetRequiredService<ICognitoKit>();
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
