using CognitoKit.IntegrationTests.Infrastructure;

namespace CognitoKit.IntegrationTests.SignIn;

/// <summary>Runs the documented sign-in loop against the emulator, so the page's example both compiles and works.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class DocsSignInExampleTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task DocsExample_WithNewPasswordAndTotpSetup_SignsIn()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true, MfaConfiguration = "ON", SoftwareTokenMfa = true });
        await pool.CreateUserWithTemporaryPasswordAsync("alice", "Temp0rary!");
        var prompts = new List<string>();
        Task<string> Ask(string prompt)
        {
            prompts.Add(prompt);
            if (prompt.StartsWith("Add otpauth://", StringComparison.Ordinal))
            {
                string secret = Uri.UnescapeDataString(prompt.Split("secret=")[1].Split('&')[0]);
                return Task.FromResult(pool.Emulator.TotpCode(secret));
            }

            return Task.FromResult(prompt == "Choose a new password" ? "N3wPassw0rd!" : "no");
        }

        CognitoSession session = await DocsSignInExample.SignInAsync(pool.Kit, "alice", "Temp0rary!", Ask, default);

        Assert.Equal("alice", session.Username);
        Assert.Equal(["Choose a new password"], prompts.Take(1));
        Assert.Contains(prompts, p => p.StartsWith("Add otpauth://totp/MyApp:alice?secret=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DocsExample_WithSmsMfa_SignsIn()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { MfaConfiguration = "ON", SmsMfa = true, SoftwareTokenMfa = false });
        await pool.CreateUserAsync("bob", "Passw0rd!", new Dictionary<string, string> { ["phone_number"] = "+15555550199" });

        CognitoSession session = await DocsSignInExample.SignInAsync(
            pool.Kit, "bob", "Passw0rd!", _ => Task.FromResult(pool.Emulator.Inbox.LatestCode("bob")), default);

        Assert.Equal("bob", session.Username);
    }
}
