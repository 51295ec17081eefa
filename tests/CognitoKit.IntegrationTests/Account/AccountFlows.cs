using System.Text.Json.Nodes;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.Account;

/// <summary>Small steps the account tests share: signing in through the façade, and asking the emulator directly.</summary>
internal static class AccountFlows
{
    public const string Password = "Passw0rd!";

    public static string NewUsername() => "user" + Guid.NewGuid().ToString("N")[..10];

    public static async Task<CognitoSession> SignInAsync(ICognitoKit kit, string username, string password)
    {
        SignInStep step = await kit.SignIn(username, password).SendAsync(CancellationToken.None);
        return Assert.IsType<SignedIn>(step).Session;
    }

    /// <summary>Whether the emulator still accepts an access token (a raw GetUser, outside CognitoKit).</summary>
    public static async Task<bool> AccessTokenWorksAsync(TestPool pool, string accessToken)
    {
        try
        {
            await pool.Emulator.InvokeAsync("GetUser", new JsonObject { ["AccessToken"] = accessToken });
            return true;
        }
        catch (CognitoEmulatorException)
        {
            return false;
        }
    }
}
