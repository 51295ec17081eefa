using CognitoKit.IntegrationTests.Infrastructure;

namespace CognitoKit.IntegrationTests.SignIn;

/// <summary>
/// With a client secret and email sign-in, both sign-in and refresh hash the username Cognito returned, with no GetUser
/// call to learn it.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class EmailUsernameWithSecretTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    [Fact]
    public async Task EmailSignInAndRefresh_WithAClientSecret_NeedNoGetUser()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true, UsernameAttributes = ["email"] });
        string email = "e" + Guid.NewGuid().ToString("N")[..8] + "@example.com";
        string username = await pool.CreateUserAsync(email, Password, new Dictionary<string, string> { ["email"] = email });

        CognitoSession session = Assert.IsType<SignedIn>(await pool.Kit.SignIn(email, Password).SendAsync(default)).Session;
        CognitoTokens refreshed = await session.RefreshAsync();

        Assert.NotEqual(email, username);
        Assert.Equal(username, session.Username);
        Assert.NotNull(refreshed.AccessToken);
        Assert.DoesNotContain(pool.Emulator.Requests.All, r => r.Operation == "GetUser" && r.Body.Contains(refreshed.AccessToken, StringComparison.Ordinal));
        Assert.DoesNotContain(pool.Emulator.Requests.All, r => r.Operation == "GetUser" && r.Body.Contains(session.Tokens.AccessToken, StringComparison.Ordinal));
    }
}
