using System.Text.RegularExpressions;
using CognitoKit.Demo;

namespace CognitoKit.IntegrationTests.Demo;

/// <summary>The demo (samples/CognitoKit.Demo) run end to end against the emulator, as <c>dotnet run</c> runs it.</summary>
public sealed partial class DemoEndToEndTests(DemoRunFixture demo) : IClassFixture<DemoRunFixture>
{
    [Fact]
    public void Demo_AgainstTheEmulator_PassesEveryStepAndExitsZero()
    {
        Assert.All(demo.Report.Steps, step => Assert.True(step.Status == DemoStepStatus.Passed, $"step {step.Number} {step.Title}: {step.Status}: {step.Line}"));
        Assert.Equal(17, demo.Report.Steps.Count);
        Assert.Equal(0, demo.Report.ExitCode);
        Assert.Contains("17 steps: 17 passed, 0 failed, 0 skipped in ", demo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_PrintsOneLinePerStepThenTheSummary()
    {
        string[] lines = demo.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("CognitoKit demo against the local Cognito emulator", lines[0], StringComparison.Ordinal);
        Assert.Equal(demo.Report.Steps.Count + 2, lines.Length);
        Assert.All(demo.Report.Steps, step => Assert.StartsWith($"[PASS] {step.Number,2}. {step.Title}: ", lines[step.Number], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Guest AWS credentials", "signed STS GetCallerIdentity answers arn:aws:sts::123456789012:assumed-role/demo-guest/CognitoIdentityCredentials")]
    [InlineData("Sign up", "code sent by Email to ")]
    [InlineData("Confirm the sign-up with the emailed code", "confirmed with the 6-digit code from the emulator's inbox")]
    [InlineData("SRP sign-in", "USER_SRP_AUTH (the password never left this process, SECRET_HASH for ")]
    [InlineData("Enrol an authenticator app (TOTP)", "otpauth://totp/CognitoKit%20Demo:demo-")]
    [InlineData("Sign in answering the TOTP challenge", "Cognito asked SOFTWARE_TOKEN_MFA (a TotpCodeRequired step)")]
    [InlineData("ID token decoded and validated", "valid: token_use=id aud=")]
    [InlineData("Access token decoded and validated", "valid: token_use=access client_id=")]
    [InlineData("A token of the wrong type refused", "rejected (WrongTokenUse)")]
    [InlineData("Refresh", "REFRESH_TOKEN_AUTH: new access token eyJ")]
    [InlineData("Signed-in AWS credentials", "answers arn:aws:sts::123456789012:assumed-role/demo-signed-in/CognitoIdentityCredentials (not the guest's role)")]
    [InlineData("Forgot password", "reset code sent by Email to ")]
    [InlineData("Reset the password with the emailed code", "new password set with the 6-digit code")]
    [InlineData("Sign in with the new password", "old password refused (NotAuthorizedException); new password: SRP, then Cognito asked SOFTWARE_TOKEN_MFA")]
    [InlineData("Delete the user", "the session has ended: True")]
    [InlineData("The deleted user's sign-in refused", "refused: NotAuthorizedException")]
    public void Demo_StepLine_ShowsWhatHappened(string title, string expected)
    {
        DemoStepResult step = Assert.Single(demo.Report.Steps, s => s.Title == title);

        Assert.Contains(expected, step.Line, StringComparison.Ordinal);
        Assert.Contains(step.Line, demo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_TokenLines_ShowEveryClaimAndTheOneHourLifetime()
    {
        foreach (string title in new[] { "ID token decoded and validated", "Access token decoded and validated" })
        {
            string line = Assert.Single(demo.Report.Steps, s => s.Title == title).Line;
            Assert.Matches(@"sub=[0-9a-f-]{36} iss=http://127\.0\.0\.1:\d+/us-east-1_\w+ iat=\d\d:\d\d:\d\dZ exp=\d\d:\d\d:\d\dZ \(lifetime 3600 s\)", line);
        }
    }

    [Fact]
    public void Demo_Output_NeverShowsAPasswordTokenOrSecretInFull()
    {
        Assert.DoesNotContain(demo.Password, demo.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(demo.NewPassword, demo.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(JwtShape(), demo.Output);

        // Tokens, refresh tokens, the client secret, the TOTP secret and AWS secret keys and session tokens are all
        // long runs of these characters; ids (client id, sub, identity id) are shorter or broken by hyphens.
        Assert.DoesNotMatch(LongSecretShape(), demo.Output);
        Assert.Matches(@"eyJ[A-Za-z0-9_-]{5}…\(\d{3,} chars\)", demo.Output);
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")]
    private static partial Regex JwtShape();

    [GeneratedRegex(@"[A-Za-z0-9+_]{30,}")]
    private static partial Regex LongSecretShape();
}
