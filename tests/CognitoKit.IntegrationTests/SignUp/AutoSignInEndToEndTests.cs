using System.Text.Json.Nodes;
using CognitoKit.Errors;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.IntegrationTests.SignUp;

/// <summary>
/// Sign-in straight after sign-up: SignUp and ConfirmSignUp return a session (when the app client allows USER_AUTH)
/// that signs the confirmed user in without a password, once, within the session lifetime, for that user only. Runs on
/// an emulator of its own whose clock the test moves.
/// </summary>
public sealed class AutoSignInEndToEndTests : IAsyncLifetime
{
    private const string Password = "Passw0rd!";
    private static readonly TimeSpan PastTheSession = TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private CognitoEmulator _emulator = null!;

    public static TheoryData<bool> Secret => new() { false, true };

    public async Task InitializeAsync() =>
        _emulator = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { TimeProvider = _clock });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Theory]
    [MemberData(nameof(Secret))]
    public async Task ConfirmSignUp_ThenSignInAsync_GivesASessionWithoutThePassword(bool clientSecret)
    {
        ICognitoKit kit = await ArrangeAsync(clientSecret);
        string username = NewUsername();

        SignUpResult signedUp = await kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
        SignUpConfirmation confirmed = await kit.ConfirmSignUp(username, _emulator.Inbox.LatestCode(username, MessagePurpose.SignUp))
            .WithSession(signedUp.Session!).SendAsync();
        _emulator.Requests.Clear();
        SignInStep step = await confirmed.SignInAsync();

        Assert.NotNull(signedUp.Session);
        Assert.True(confirmed.CanSignIn);
        CognitoSession session = Assert.IsType<SignedIn>(step).Session;
        Assert.Equal(username, session.Username);
        Assert.Equal(username, (await kit.Account(session).GetUserAsync()).Username);
        RecordedRequest initiate = Assert.Single(_emulator.Requests.All, r => r.Operation == "InitiateAuth");
        Assert.Contains("\"USER_AUTH\"", initiate.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, initiate.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(signedUp.Session!, signedUp.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(confirmed.Session!, confirmed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUpSession_CarriedToAnotherRequest_SignsInThroughChoiceSignIn()
    {
        ICognitoKit kit = await ArrangeAsync(clientSecret: false);
        string username = NewUsername();
        await kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
        SignUpConfirmation confirmed = await kit.ConfirmSignUp(username, _emulator.Inbox.LatestCode(username, MessagePurpose.SignUp)).SendAsync();

        SignInStep step = await kit.SignInWithChoice(username).WithSignUpSession(confirmed.Session!).SendAsync();

        Assert.Equal(username, Assert.IsType<SignedIn>(step).Session.Username);
    }

    [Fact]
    public async Task SignUpSession_UsedTwice_IsRefusedWithATypedError()
    {
        ICognitoKit kit = await ArrangeAsync(clientSecret: false);
        SignUpConfirmation confirmed = await SignUpAndConfirmAsync(kit, NewUsername());
        Assert.IsType<SignedIn>(await confirmed.SignInAsync());

        var error = await Assert.ThrowsAsync<SignUpSessionRefusedException>(() => confirmed.SignInAsync());

        Assert.Equal("NotAuthorizedException", error.ErrorCode);
        Assert.IsType<NotAuthorizedException>(error.InnerException);
    }

    [Fact]
    public async Task SignUpSession_AfterItExpired_IsRefusedWithATypedError()
    {
        ICognitoKit kit = await ArrangeAsync(clientSecret: false);
        SignUpConfirmation confirmed = await SignUpAndConfirmAsync(kit, NewUsername());
        _clock.Advance(PastTheSession);

        await Assert.ThrowsAsync<SignUpSessionRefusedException>(() => confirmed.SignInAsync());
    }

    [Fact]
    public async Task SignUpSession_OfAnotherUser_IsRefused()
    {
        ICognitoKit kit = await ArrangeAsync(clientSecret: false);
        string mallory = NewUsername();
        string alice = NewUsername();
        SignUpConfirmation malloryConfirmed = await SignUpAndConfirmAsync(kit, mallory);
        await SignUpAndConfirmAsync(kit, alice);

        await Assert.ThrowsAsync<SignUpSessionRefusedException>(() =>
            kit.SignInWithChoice(alice).WithSignUpSession(malloryConfirmed.Session!).SendAsync());
    }

    [Fact]
    public async Task ConfirmSignUp_WithAnotherUsersSignUpSession_IsRefused_AndTheWrongCodeKeepsTheSession()
    {
        ICognitoKit kit = await ArrangeAsync(clientSecret: false);
        string mallory = NewUsername();
        string alice = NewUsername();
        SignUpResult mallorySignUp = await kit.SignUp(mallory, Password).WithAttribute("email", mallory + "@example.com").SendAsync();
        SignUpResult aliceSignUp = await kit.SignUp(alice, Password).WithAttribute("email", alice + "@example.com").SendAsync();
        string aliceCode = _emulator.Inbox.LatestCode(alice, MessagePurpose.SignUp);
        string wrong = aliceCode == "000000" ? "111111" : "000000";

        await Assert.ThrowsAsync<NotAuthorizedException>(() => kit.ConfirmSignUp(alice, aliceCode).WithSession(mallorySignUp.Session!).SendAsync());
        await Assert.ThrowsAsync<CodeMismatchException>(() => kit.ConfirmSignUp(alice, wrong).WithSession(aliceSignUp.Session!).SendAsync());
        SignUpConfirmation confirmed = await kit.ConfirmSignUp(alice, aliceCode).WithSession(aliceSignUp.Session!).SendAsync();

        Assert.IsType<SignedIn>(await confirmed.SignInAsync());
    }

    [Fact]
    public async Task ClientWithoutUserAuth_GetsNoSession_AndSignInAsyncSaysWhy()
    {
        ICognitoKit kit = await ArrangeAsync(clientSecret: false, flows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);
        string username = NewUsername();

        SignUpResult signedUp = await kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
        SignUpConfirmation confirmed = await kit.ConfirmSignUp(username, _emulator.Inbox.LatestCode(username, MessagePurpose.SignUp)).SendAsync();

        Assert.Null(signedUp.Session);
        Assert.False(confirmed.CanSignIn);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => confirmed.SignInAsync());
        Assert.Contains("USER_AUTH", error.Message, StringComparison.Ordinal);
    }

    private static string NewUsername() => "su" + Guid.NewGuid().ToString("N")[..10];

    private async Task<SignUpConfirmation> SignUpAndConfirmAsync(ICognitoKit kit, string username)
    {
        SignUpResult signedUp = await kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
        return await kit.ConfirmSignUp(username, _emulator.Inbox.LatestCode(username, MessagePurpose.SignUp)).WithSession(signedUp.Session!).SendAsync();
    }

    private async Task<ICognitoKit> ArrangeAsync(bool clientSecret, string[]? flows = null)
    {
        EmulatedUserPool pool = await _emulator.CreateUserPoolAsync("autosignin-" + Guid.NewGuid().ToString("N")[..8], body =>
            body["AutoVerifiedAttributes"] = new JsonArray("email"));
        EmulatedUserPoolClient client = await pool.CreateClientAsync(
            generateSecret: clientSecret,
            explicitAuthFlows: flows ?? ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = pool.Id;
            o.ClientId = client.ClientId;
            o.ClientSecret = client.ClientSecret;
            o.UserPoolEndpoint = _emulator.Endpoint;
            o.MaxAttempts = 1;
        });
        return services.BuildServiceProvider().GetRequiredService<ICognitoKit>();
    }
}
