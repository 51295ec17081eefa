using System.Text;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;
using CognitoKit.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.IntegrationTests.Demo;

/// <summary>Runs the README's snippets (<see cref="ReadmeSnippets"/>) against the emulator, each on its own pool.</summary>
[Collection(EmulatorCollection.Name)]
public sealed partial class ReadmeSnippetsTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";
    private const string NewPassword = "N3w-Passw0rd!";

    [Fact]
    public void ConfigureSnippets_InCodeAndFromAppSettings_GiveValidOptions()
    {
        var inCode = new ServiceCollection();
        ReadmeSnippets.Configure(inCode, new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Cognito:ClientSecret"] = "s3cr3t" }).Build());
        var fromJson = new ServiceCollection();
        ReadmeSnippets.ConfigureFromSection(fromJson, new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(ReadmeSnippets.AppSettingsJson))).Build());

        using ServiceProvider inCodeProvider = inCode.BuildServiceProvider();
        using ServiceProvider fromJsonProvider = fromJson.BuildServiceProvider();
        CognitoKitSettings a = inCodeProvider.GetRequiredService<ICognitoKit>().Options;
        CognitoKitSettings b = fromJsonProvider.GetRequiredService<ICognitoKit>().Options;

        Assert.Equal(("eu-west-1_AbCdEf123", "1example23456789", true), (a.UserPoolId, a.ClientId, a.HasClientSecret));
        Assert.Equal("s3cr3t", inCodeProvider.GetRequiredService<IOptions<CognitoKitOptions>>().Value.ClientSecret);
        Assert.Equal((a.UserPoolId, a.ClientId, a.IdentityPoolId), (b.UserPoolId, b.ClientId, b.IdentityPoolId));
    }

    [Fact]
    public async Task SignUpSnippet_ConfirmsWithTheEmailedCode_SoTheUserCanSignIn()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true, AutoVerifiedAttributes = ["email"] });
        var prompts = new List<string>();

        await ReadmeSnippets.SignUpAsync(pool.Kit, "ann", Password, "ann@example.com", prompt =>
        {
            prompts.Add(prompt);
            return Task.FromResult(pool.Emulator.Inbox.LatestCode("ann", MessagePurpose.SignUp));
        }, default);

        Assert.Equal(["The code we emailed you"], prompts);
        Assert.IsType<SignedIn>(await pool.Kit.SignIn("ann", Password).SendAsync(default));
    }

    [Fact]
    public async Task SignInAndAccountSnippets_EnrolTotp_ThenTheNextSignInAnswersTheTotpChallenge()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true, MfaConfiguration = "OPTIONAL", SoftwareTokenMfa = true });
        await pool.CreateUserAsync("ann", Password);
        CognitoSession session = await ReadmeSnippets.SignInAsync(pool.Kit, "ann", Password, _ => throw new InvalidOperationException("no challenge expected"), default);
        string? secret = null;

        string uri = await ReadmeSnippets.AccountAsync(pool.Kit, session, Password, NewPassword, prompt =>
        {
            secret = SecretOf().Match(prompt).Groups[1].Value;
            return Task.FromResult(pool.Emulator.TotpCode(secret, -1));
        }, default);
        var prompts = new List<string>();
        CognitoSession again = await ReadmeSnippets.SignInAsync(pool.Kit, "ann", NewPassword, prompt =>
        {
            prompts.Add(prompt);
            return Task.FromResult(pool.Emulator.TotpCode(secret!, 0));
        }, default);

        Assert.StartsWith("otpauth://totp/My%20App:ann?secret=", uri, StringComparison.Ordinal);
        Assert.True(session.IsEnded);
        Assert.Equal(["Code from your authenticator app"], prompts);
        Assert.False(again.IsEnded);
    }

    [Fact]
    public async Task ForgotPasswordSnippet_SetsTheNewPassword()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true });
        await pool.CreateUserAsync("ann", Password, new Dictionary<string, string> { ["email"] = "ann@example.com" });

        await ReadmeSnippets.ForgotPasswordAsync(pool.Kit, "ann", NewPassword,
            _ => Task.FromResult(pool.Emulator.Inbox.LatestCode("ann", MessagePurpose.ForgotPassword)), default);

        Assert.IsType<SignedIn>(await pool.Kit.SignIn("ann", NewPassword).SendAsync(default));
    }

    [Fact]
    public async Task SessionsAndValidationSnippets_SendTheAccessToken_AndAcceptOnlyIt()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true });
        await pool.CreateUserAsync("ann", Password);
        CognitoSession session = ((SignedIn)await pool.Kit.SignIn("ann", Password).SendAsync(default)).Session;
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/orders");

        CognitoSession? saved = await ReadmeSnippets.SessionsAsync(pool.Kit, session, request, "user-1", default);
        string? userId = await ReadmeSnippets.ValidateAsync(pool.Kit, request.Headers.Authorization!.Parameter!, default);
        string? fromIdToken = await ReadmeSnippets.ValidateAsync(pool.Kit, session.Tokens.IdToken, default);

        Assert.NotNull(saved);
        Assert.Equal("Bearer", request.Headers.Authorization.Scheme);
        CognitoTokenClaims claims = await pool.Kit.Tokens.ValidateOrThrowAsync(session.Tokens.IdToken, CognitoTokenUse.Id);
        Assert.Equal(claims.Subject, userId);
        Assert.Null(fromIdToken);
    }

    [Fact]
    public async Task CredentialsSnippet_GivesTheUserAnIdentity()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true });
        await pool.CreateUserAsync("ann", Password);
        EmulatedIdentityPool identities = await pool.Emulator.CreateIdentityPoolAsync(pool.Pool, new EmulatedUserPoolClient(pool.ClientId, pool.ClientSecret));
        await identities.SetRolesAsync("arn:aws:iam::123456789012:role/signed-in");
        ICognitoKit kit = pool.CreateKit(o =>
        {
            o.IdentityPoolId = identities.Id;
            o.IdentityEndpoint = emulator.Endpoint;
        });
        CognitoSession session = ((SignedIn)await kit.SignIn("ann", Password).SendAsync(default)).Session;

        string identityId = await ReadmeSnippets.CredentialsAsync(kit, session, default);

        Assert.StartsWith("us-east-1:", identityId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminSnippet_CreatesThenDeletesBob()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        ICognitoKit kit = pool.CreateKit(configureKit: k => k.AddAdminCredentials(new BasicAWSCredentials("test", "test")));

        CognitoUser bob = await ReadmeSnippets.AdminAsync(kit, default);

        Assert.Equal(("bob", "FORCE_CHANGE_PASSWORD"), (bob.Username, bob.Status));
        CognitoEmulatorException gone = await Assert.ThrowsAsync<CognitoEmulatorException>(
            () => pool.AdminAsync("AdminGetUser", new System.Text.Json.Nodes.JsonObject { ["Username"] = "bob" }));
        Assert.Equal("UserNotFoundException", gone.ErrorCode);
    }

    [Fact]
    public async Task ErrorsSnippet_ForAnUnconfirmedUser_ResendsTheCode()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { AutoVerifiedAttributes = ["email"] });
        await pool.Pool.AddUserAsync("ann", Password, new Dictionary<string, string> { ["email"] = "ann@example.com" }, confirmed: false);

        int SignUpCodes() => pool.Emulator.Inbox.All.Count(m => m.UserPoolId == pool.PoolId && m.Purpose == MessagePurpose.SignUp);

        await ReadmeSnippets.ErrorsAsync(pool.Kit, "ann", "wrong-Passw0rd!", NullLogger.Instance, default);
        Assert.Equal(0, SignUpCodes());
        await ReadmeSnippets.ErrorsAsync(pool.Kit, "ann", Password, NullLogger.Instance, default);

        Assert.Equal(1, SignUpCodes());
    }

    [GeneratedRegex(@"secret=([A-Z2-7]+)")]
    private static partial Regex SecretOf();
}
