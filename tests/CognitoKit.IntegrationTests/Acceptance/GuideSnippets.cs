using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Acceptance;

/// <summary>
/// The short snippets of docs/sign-up-and-sign-in.md that its complete example (<c>SignIn/DocsSignInExample.cs</c>) does
/// not already hold, line for line inside each method, so a guide snippet that stops compiling breaks the build.
/// <c>CognitoKit.Tests.Acceptance.DocSnippetMirrorTests</c> checks that every line of the guide is here or there.
/// </summary>
internal static class GuideSnippets
{
    // Guide: Sign up
    public static async Task SignUpAsync(ICognitoKit cognito, string password, string codeFromEmail, CancellationToken ct)
    {
        SignUpResult result = await cognito.SignUp("alice@example.com", password)
            .WithAttribute("email", "alice@example.com")
            .SendAsync(ct);
        if (!result.IsConfirmed)
        {
            // result.CodeDelivery says where Cognito sent the code.
            await cognito.ConfirmSignUp("alice@example.com", codeFromEmail).SendAsync(ct);
        }
    }

    // Guide: Sign in
    public static async Task<SignInStep> SignInAsync(ICognitoKit cognito, string password, CancellationToken ct)
    {
        SignInStep step = await cognito.SignIn("alice@example.com", password).SendAsync(ct);   // USER_SRP_AUTH
        return step;
    }

    // Guide: passwordless and custom sign-in
    public static async Task<SignInStep> OtherFlowsAsync(ICognitoKit cognito, string password, string codeFromEmail, string answer, CancellationToken ct)
    {
        // One-time code by email (the pool's AllowedFirstAuthFactors must include EMAIL_OTP):
        var email = (EmailCodeRequired)await cognito.SignInWithChoice("alice@example.com").Prefer(AuthFactor.EmailOtp).SendAsync(ct);
        SignInStep step = await email.AnswerAsync(codeFromEmail, ct);

        // Let the user pick:
        var pick = (FirstFactorSelectionRequired)await cognito.SignInWithChoice("alice@example.com").SendAsync(ct);
        step = await pick.ChooseAsync(pick.AvailableFactors.Contains(AuthFactor.SmsOtp) ? AuthFactor.SmsOtp : AuthFactor.EmailOtp, ct);

        // Your own Lambda-driven challenges, after proving the password with SRP:
        var custom = (CustomChallengeRequired)await cognito.SignInWithCustomAuth("alice").WithSrp(password)
            .WithClientMetadata("app", "web").SendAsync(ct);
        step = await custom.AnswerAsync(answer, ct);
        return step;
    }

    // Guide: remembered devices
    public static void Devices(IServiceCollection services)
    {
        services.Configure<CognitoDeviceOptions>(o => o.DeviceName = "Alice's laptop");
    }
}
