using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Tokens;
using static CognitoKit.IntegrationTests.Account.AdminGroupsEndToEndTests;

namespace CognitoKit.IntegrationTests.Demo;

/// <summary>Runs the snippets of docs/admin.md against the emulator, so the page says what the code does.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class AdminSnippetsTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    [Fact]
    public async Task AdminGuide_Snippets_DoWhatThePageSays()
    {
        TestPool pool = await emulator.CreatePoolAsync(AdminSignInPool);
        ICognitoKit cognito = AdminKit(pool);
        await pool.CreateUserAsync("ann", Password, new Dictionary<string, string> { ["email"] = "ann@example.com" });
        await pool.CreateUserAsync("bob", Password, new Dictionary<string, string> { ["email"] = "bob@example.com", ["family_name"] = "Reddy" });

        await AdminSnippets.GroupsAsync(cognito, "arn:aws:iam::000000000000:role/editors", "arn:aws:iam::000000000000:role/readers", CancellationToken.None);
        (CognitoPage<CognitoUser> page, CognitoPage<CognitoUser> next) = await AdminSnippets.FindUsersAsync(cognito, "ann@example.com", CancellationToken.None);
        CognitoSession? session = await AdminSnippets.SignInAsync(cognito, Password, "N3wPassw0rd!", CancellationToken.None);
        Assert.NotNull(session);
        CognitoTokenValidationResult id = await cognito.Tokens.ValidateAsync(session.Tokens.IdToken, CognitoTokenUse.Id);

        // Disabling revokes the tokens issued so far, so they are checked before.
        await AdminSnippets.DisableResetUpdateAsync(cognito, CancellationToken.None);

        Assert.Equal(["editors"], (await cognito.Admin.ListGroupsForUserPageAsync("ann")).Items.Select(g => g.GroupName));
        Assert.Equal("bob", Assert.Single(page.Items).Username);
        Assert.Null(page.NextToken);
        Assert.Null(next.NextToken);
        Assert.Equal(["editors"], id.Claims!.Groups);
        Assert.Equal("Bob", (await cognito.Admin.GetUserAsync("bob")).Attributes["given_name"]);
        await Assert.ThrowsAsync<PasswordResetRequiredException>(() => cognito.Admin.SignInAsync("bob", Password));
        Assert.IsType<SignedIn>(await cognito.Admin.SignInAsync("ann", Password));
    }
}
