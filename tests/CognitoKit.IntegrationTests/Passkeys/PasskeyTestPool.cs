using CognitoKit.IntegrationTests.Infrastructure;

namespace CognitoKit.IntegrationTests.Passkeys;

/// <summary>A pool with passkeys allowed and a relying party, and a user signed in with a password to manage them.</summary>
internal static class PasskeyTestPool
{
    public const string Password = "Passw0rd!";
    public const string RelyingPartyId = "app.example.com";
    public const string Origin = "https://app.example.com";

    public static async Task<TestPool> CreateAsync(EmulatorFixture emulator, string mfa = "OFF", bool passkeysSatisfyMfa = false, bool requireUserVerification = false)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { AllowedFirstAuthFactors = ["PASSWORD", "WEB_AUTHN"], MfaConfiguration = mfa });
        await pool.Pool.SetWebAuthnConfigAsync(RelyingPartyId, requireUserVerification, passkeysSatisfyMfa);
        return pool;
    }

    public static async Task<CognitoAccount> SignedInAccountAsync(TestPool pool, string username)
    {
        await pool.CreateUserAsync(username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com" });
        SignInStep step = await pool.Kit.SignIn(username, Password).SendAsync(default);
        return pool.Kit.Account(Assert.IsType<SignedIn>(step).Session);
    }

    /// <summary>Registers a passkey the way a page does: options to the browser, its credential back.</summary>
    public static async Task RegisterAsync(CognitoAccount account, SoftwareAuthenticator authenticator, string format = "none", string algorithm = "ES256")
    {
        string options = await account.Passkeys.StartRegistrationAsync(default);
        await account.Passkeys.CompleteRegistrationAsync(authenticator.Create(options, format, algorithm), default);
    }
}
