using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Demo;

/// <summary>
/// The short snippets of docs/sign-up-and-sign-in.md that its complete example (<c>SignIn/DocsSignInExample.cs</c>) does
/// not already hold, line for line inside each method, so a guide snippet that stops compiling breaks the build.
/// <c>CognitoKit.Tests.Docs.DocSnippetMirrorTests</c> checks that every line of the guide is here or there.
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

    // Guide: signing in straight after sign-up
    public static async Task<SignInStep?> SignUpThenSignInAsync(ICognitoKit cognito, string password, string codeFromEmail, CancellationToken ct)
    {
        SignUpResult signedUp = await cognito.SignUp("alice", password)
            .WithAttribute("email", "alice@example.com")
            .SendAsync(ct);
        // Keep signedUp.Session server-side (never in a URL) until the user types the code.
        SignUpConfirmation confirmed = await cognito.ConfirmSignUp("alice", codeFromEmail)
            .WithSession(signedUp.Session!)
            .SendAsync(ct);
        if (confirmed.CanSignIn)
        {
            SignInStep step = await confirmed.SignInAsync(ct);   // USER_AUTH with the session: SignedIn, or a challenge
            return step;
        }

        return null;
    }

    // Guide: MFA set-up during sign-in
    public static async Task<SignInStep> MfaSetupAsync(SignInStep step, string codeFromEmail, CancellationToken ct)
    {
        if (step is MfaSetupSelectionRequired choice)
        {
            step = await choice.ChooseAsync(choice.Options.Contains(MfaType.Email) ? MfaType.Email : MfaType.Totp, ct);
        }

        if (step is EmailMfaSetupRequired emailSetup)
        {
            var code = (EmailCodeRequired)await emailSetup.SendCodeAsync("alice@example.com", ct);
            step = await code.AnswerAsync(codeFromEmail, ct);
        }

        return step;
    }

    // Guide: threat-protection context
    public static void ThreatProtection(IServiceCollection services)
    {
        services.AddCognitoKit(o => o.AnalyticsEndpointId = "your-pinpoint-endpoint-id");
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

    // Guide: remembered devices, presenting what this device kept and keeping a new one
    public static async Task RememberedDeviceAsync(ICognitoKit cognito, UserProfileDevices devices, string username, string password, CancellationToken ct)
    {
        DeviceSecrets? kept = devices.Read(username);                 // what THIS device kept for this user, if anything
        SignInStep step = await cognito.SignIn(username, password)
            .WithDevice(kept)
            .TrackNewDevice("Alice's laptop")
            .SendAsync(ct);
        // ... answer any challenge, then:
        if (step is SignedIn signedIn)
        {
            if (signedIn.NewDevice is { } device)
            {
                devices.Write(username, device.Secrets);              // replaces a device kept before
            }
            else if (signedIn.DeviceRefused)
            {
                devices.Remove(username);
            }
        }
    }

    // Guide: remembered devices in a desktop app, kept in the OS user's own profile
    public sealed class UserProfileDevices(string userPoolId)
    {
        public DeviceSecrets? Read(string username) =>
            File.Exists(PathFor(username)) ? JsonSerializer.Deserialize<DeviceSecrets>(File.ReadAllText(PathFor(username))) : null;

        public void Write(string username, DeviceSecrets device)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(PathFor(username))!);
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // this OS user only
            }

            using var file = new StreamWriter(PathFor(username), options);
            file.Write(JsonSerializer.Serialize(device));
        }

        public void Remove(string username) => File.Delete(PathFor(username));

        // One file per Cognito user in this OS user's own profile; the name reveals neither pool nor username.
        private string PathFor(string username) => Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "MyApp", "devices",
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userPoolId + "/" + username.ToUpperInvariant()))) + ".json");
    }
}
