using System.Text.Json.Nodes;
using CognitoKit.Demo;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;
using Microsoft.Extensions.Configuration;

namespace CognitoKit.IntegrationTests.Demo;

/// <summary>
/// The demo's "real AWS" mode (a pool from configuration, codes typed on the console), run against an emulator that
/// stands in for AWS through the endpoint settings, so the configuration path is checked without an AWS account.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed partial class DemoAgainstAwsConfigurationTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task Demo_WithAConfiguredPoolAndNoTerminal_SkipsTheStepsThatNeedCodesAndSaysWhy()
    {
        IConfiguration configuration = await ConfiguredPoolAsync(interactive: false);
        using var output = new StringWriter();

        DemoReport report = await DemoRunner.RunAsync(configuration, output, TextReader.Null);

        Assert.Equal(0, report.ExitCode);
        Assert.StartsWith("Amazon Cognito, user pool us-east-1_", report.Target, StringComparison.Ordinal);
        Assert.Equal(DemoStepStatus.Passed, Assert.Single(report.Steps, s => s.Title == "Set up").Status);
        Assert.Equal(DemoStepStatus.Passed, Assert.Single(report.Steps, s => s.Title == "Guest AWS credentials").Status);
        DemoStepResult signUp = Assert.Single(report.Steps, s => s.Title == "Sign up");
        Assert.Equal(DemoStepStatus.Skipped, signUp.Status);
        Assert.Contains("no inbox to read here", signUp.Line, StringComparison.Ordinal);
        Assert.All(report.Steps.Skip(3), s => Assert.Equal(DemoStepStatus.Skipped, s.Status));
        Assert.Contains("[SKIP]  4. Confirm the sign-up with the emailed code: the user was not signed up", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_WithAConfiguredPoolAndATerminal_AsksForEachCodeAndPassesEveryStep()
    {
        IConfiguration configuration = await ConfiguredPoolAsync(interactive: true);
        using var screen = new StringWriter();
        using var keyboard = new UserAtTheKeyboard(emulator.Emulator, screen, Email);

        DemoReport report = await DemoRunner.RunAsync(configuration, screen, keyboard);

        Assert.All(report.Steps, step => Assert.True(step.Status == DemoStepStatus.Passed, $"step {step.Number} {step.Title}: {step.Status}: {step.Line}"));
        Assert.Equal(0, report.ExitCode);
        Assert.Equal(["sign-up confirmation", "authenticator", "authenticator", "password reset", "authenticator"], keyboard.Asked);
        Assert.Contains("confirmed with the 6-digit code from your email", screen.ToString(), StringComparison.Ordinal);
        Assert.Contains("Add this account to your authenticator app", screen.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_WithAConfiguredPoolAndNoEmail_FailsTheSetUpNamingTheSetting()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CognitoKit:UserPoolId"] = "us-east-1_AbC123", ["CognitoKit:ClientId"] = "abc" })
            .Build();
        using var output = new StringWriter();

        DemoReport report = await DemoRunner.RunAsync(configuration, output, TextReader.Null);

        Assert.Equal(1, report.ExitCode);
        DemoStepResult setUp = report.Steps[0];
        Assert.Equal(DemoStepStatus.Failed, setUp.Status);
        Assert.Contains("COGNITOKITDEMO__EMAIL", setUp.Line, StringComparison.Ordinal);
    }

    private string Email { get; } = "demo-" + Guid.NewGuid().ToString("N")[..8] + "@example.com";

    private async Task<IConfiguration> ConfiguredPoolAsync(bool interactive)
    {
        // Set up as a typical real pool is: email as the username, email codes, optional authenticator-app MFA.
        CognitoEmulator cognito = emulator.Emulator;
        EmulatedUserPool pool = await cognito.CreateUserPoolAsync("demo-aws-" + Guid.NewGuid().ToString("N")[..6], p =>
        {
            p["UsernameAttributes"] = new JsonArray("email");
            p["AutoVerifiedAttributes"] = new JsonArray("email");
            p["MfaConfiguration"] = "OPTIONAL";
        });
        await pool.SetMfaConfigAsync(MfaConfiguration.Optional, softwareToken: true);
        EmulatedUserPoolClient app = await pool.CreateClientAsync(generateSecret: true);
        EmulatedIdentityPool identities = await cognito.CreateIdentityPoolAsync(pool, app, allowUnauthenticatedIdentities: true);
        await identities.SetRolesAsync("arn:aws:iam::123456789012:role/in", "arn:aws:iam::123456789012:role/out");
        return new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CognitoKit:UserPoolId"] = pool.Id,
                ["CognitoKit:ClientId"] = app.ClientId,
                ["CognitoKit:ClientSecret"] = app.ClientSecret,
                ["CognitoKit:IdentityPoolId"] = identities.Id,
                ["CognitoKit:UserPoolEndpoint"] = cognito.Endpoint.AbsoluteUri,
                ["CognitoKit:IdentityEndpoint"] = cognito.Endpoint.AbsoluteUri,
                ["CognitoKit:StsEndpoint"] = cognito.Endpoint.AbsoluteUri,
                ["CognitoKitDemo:Email"] = Email,
                ["CognitoKitDemo:Interactive"] = interactive ? "true" : "false",
            })
            .Build();
    }

    /// <summary>The person at the terminal: reads each prompt, and types the code from their mailbox or authenticator.</summary>
    private sealed partial class UserAtTheKeyboard(CognitoEmulator cognito, StringWriter screen, string email) : TextReader
    {
        private int _totpCodes;

        public List<string> Asked { get; } = [];

        public override string? ReadLine()
        {
            string prompt = screen.ToString().Split(Environment.NewLine)[^1];
            if (prompt.Contains("sign-up confirmation", StringComparison.Ordinal))
            {
                Asked.Add("sign-up confirmation");
                return cognito.Inbox.LatestCode(email, MessagePurpose.SignUp);
            }

            if (prompt.Contains("password reset", StringComparison.Ordinal))
            {
                Asked.Add("password reset");
                return cognito.Inbox.LatestCode(email, MessagePurpose.ForgotPassword);
            }

            Assert.Contains("authenticator", prompt, StringComparison.Ordinal);
            Asked.Add("authenticator");
            string secret = SecretInUri().Matches(screen.ToString())[^1].Groups[1].Value;

            // The demo needs three codes within a minute; Cognito takes each once but accepts the previous and next one.
            DateTimeOffset now = cognito.Clock.GetUtcNow();
            if (30 - (now.ToUnixTimeSeconds() % 30) <= 1)
            {
                Thread.Sleep(TimeSpan.FromSeconds(1.5));
            }

            return cognito.TotpCode(secret, _totpCodes++ - 1);
        }

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());

        [System.Text.RegularExpressions.GeneratedRegex(@"otpauth://totp/\S+\?secret=([A-Z2-7]{16,})")]
        private static partial System.Text.RegularExpressions.Regex SecretInUri();
    }
}
