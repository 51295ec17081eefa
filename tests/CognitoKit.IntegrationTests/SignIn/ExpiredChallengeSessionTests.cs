using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.IntegrationTests.SignIn;

/// <summary>
/// End to end: a challenge answered after its session expired (three minutes in Cognito) gives the
/// typed <see cref="SignInSessionExpiredException"/>, which tells the caller to start sign-in again, and a fresh
/// sign-in then works. Runs on an emulator of its own whose clock the test moves.
/// </summary>
public sealed class ExpiredChallengeSessionTests : IAsyncLifetime
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
    public async Task SmsCode_AnsweredAfterTheSessionExpired_ThrowsSessionExpired_AndANewSignInWorks(bool clientSecret)
    {
        (ICognitoKit kit, string username) = await ArrangeAsync(clientSecret, "ON", sms: true, phone: true);

        var sms = Assert.IsType<SmsCodeRequired>(await kit.SignIn(username, Password).SendAsync(default));
        string code = _emulator.Inbox.LatestCode(username);
        _clock.Advance(PastTheSession);
        var error = await Assert.ThrowsAsync<SignInSessionExpiredException>(() => sms.AnswerAsync(code, default));
        var again = Assert.IsType<SmsCodeRequired>(await kit.SignIn(username, Password).SendAsync(default));
        SignInStep step = await again.AnswerAsync(_emulator.Inbox.LatestCode(username), default);

        Assert.IsAssignableFrom<CognitoException>(error);
        Assert.Contains("sign", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.IsType<SignedIn>(step);
    }

    [Theory]
    [MemberData(nameof(Secret))]
    public async Task NewPassword_SetAfterTheSessionExpired_ThrowsSessionExpired(bool clientSecret)
    {
        (ICognitoKit kit, EmulatedUserPool pool) = await ArrangePoolAsync(clientSecret, "OFF");
        string username = "np" + Guid.NewGuid().ToString("N")[..8];
        await _emulator.InvokeAsync("AdminCreateUser", new System.Text.Json.Nodes.JsonObject
        {
            ["UserPoolId"] = pool.Id,
            ["Username"] = username,
            ["TemporaryPassword"] = "Temp0rary!",
            ["MessageAction"] = "SUPPRESS",
        });

        var challenge = Assert.IsType<NewPasswordRequired>(await kit.SignIn(username, "Temp0rary!").SendAsync(default));
        _clock.Advance(PastTheSession);

        await Assert.ThrowsAsync<SignInSessionExpiredException>(() => challenge.SetPasswordAsync(Password, default));
    }

    [Theory]
    [MemberData(nameof(Secret))]
    public async Task TotpSetup_VerifiedAfterTheSessionExpired_ThrowsSessionExpired(bool clientSecret)
    {
        (ICognitoKit kit, string username) = await ArrangeAsync(clientSecret, "ON", sms: false, phone: false);

        var setup = Assert.IsType<TotpSetupRequired>(await kit.SignIn(username, Password).SendAsync(default));
        _clock.Advance(PastTheSession);

        await Assert.ThrowsAsync<SignInSessionExpiredException>(() => setup.VerifyAsync(_emulator.TotpCode(setup.SecretCode), default));
    }

    [Theory]
    [MemberData(nameof(Secret))]
    public async Task Challenge_AnsweredJustBeforeTheSessionExpires_SignsIn(bool clientSecret)
    {
        (ICognitoKit kit, string username) = await ArrangeAsync(clientSecret, "ON", sms: true, phone: true);

        var sms = Assert.IsType<SmsCodeRequired>(await kit.SignIn(username, Password).SendAsync(default));
        _clock.Advance(TimeSpan.FromMinutes(3) - TimeSpan.FromSeconds(5));

        Assert.IsType<SignedIn>(await sms.AnswerAsync(_emulator.Inbox.LatestCode(username), default));
    }

    private async Task<(ICognitoKit Kit, string Username)> ArrangeAsync(bool clientSecret, string mfa, bool sms, bool phone)
    {
        (ICognitoKit kit, EmulatedUserPool pool) = await ArrangePoolAsync(clientSecret, mfa, sms);
        string username = "u" + Guid.NewGuid().ToString("N")[..8];
        await pool.AddUserAsync(username, Password, phone ? new Dictionary<string, string> { ["phone_number"] = "+15555550177" } : null);
        return (kit, username);
    }

    private async Task<(ICognitoKit Kit, EmulatedUserPool Pool)> ArrangePoolAsync(bool clientSecret, string mfa, bool sms = false)
    {
        EmulatedUserPool pool = await _emulator.CreateUserPoolAsync("expiry-" + Guid.NewGuid().ToString("N")[..8], body =>
        {
            if (sms)
            {
                body["SmsConfiguration"] = new System.Text.Json.Nodes.JsonObject { ["SnsCallerArn"] = "arn:aws:iam::000000000000:role/sms", ["ExternalId"] = "test" };
            }
        });
        if (mfa != "OFF")
        {
            await pool.SetMfaConfigAsync(mfa == "ON" ? MfaConfiguration.On : MfaConfiguration.Optional, sms: sms, softwareToken: !sms);
        }

        EmulatedUserPoolClient client = await pool.CreateClientAsync(generateSecret: clientSecret);
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
        return (services.BuildServiceProvider().GetRequiredService<ICognitoKit>(), pool);
    }
}
