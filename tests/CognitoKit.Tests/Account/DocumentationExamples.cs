using Amazon.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.Tests.Account;

/// <summary>
/// The examples of docs/account-and-passwords.md, kept here so they compile with every build. Not run: they need a
/// real user pool.
/// </summary>
internal static class DocumentationExamples
{
    public static async Task SignUpAsync(ICognitoKit cognito, string password, string inviteCode, string code, CancellationToken cancellationToken)
    {
        SignUpResult result = await cognito.SignUp("alice@example.com", password)
            .WithAttribute("email", "alice@example.com")
            .WithAttribute("given_name", "Alice")
            .WithValidationData("invite", inviteCode)
            .WithClientMetadata("campaign", "spring")
            .SendAsync(cancellationToken);

        if (!result.IsConfirmed)
        {
            Console.WriteLine($"We sent a code by {result.CodeDelivery?.DeliveryMedium} to {result.CodeDelivery?.Destination}.");
        }

        await cognito.ConfirmSignUp("alice@example.com", code).SendAsync(cancellationToken);
        CodeDelivery again = await cognito.ResendConfirmationCode("alice@example.com").SendAsync(cancellationToken);
        _ = again;
    }

    public static async Task ForgotPasswordAsync(ICognitoKit cognito, string code, string newPassword, CancellationToken cancellationToken)
    {
        CodeDelivery delivery = await cognito.ForgotPassword("alice@example.com").SendAsync(cancellationToken);
        _ = delivery;
        await cognito.ConfirmForgotPassword("alice@example.com", code, newPassword).SendAsync(cancellationToken);
    }

    public static async Task AccountAsync(
        ICognitoKit cognito, CognitoSession session, string currentPassword, string newPassword, string emailCode, string codeFromApp, string deviceKey, CancellationToken cancellationToken)
    {
        CognitoAccount account = cognito.Account(session);

        await account.ChangePasswordAsync(currentPassword, newPassword, cancellationToken);

        CognitoUser user = await account.GetUserAsync(cancellationToken);
        string? email = user.Attributes.GetValueOrDefault("email");
        MfaType? preferred = user.Mfa.Preferred;
        _ = (email, preferred);

        IReadOnlyList<CodeDelivery> sent = await account.UpdateAttributesAsync(
            new Dictionary<string, string> { ["email"] = "new@example.com", ["given_name"] = "Al" },
            cancellationToken);
        _ = sent;
        await account.VerifyAttributeAsync("email", emailCode, cancellationToken);
        await account.SendAttributeVerificationCodeAsync("email", cancellationToken);

        TotpEnrollment enrollment = await account.Mfa.BeginTotpEnrollmentAsync(cancellationToken);
        string qr = enrollment.OtpAuthUri("MyApp");
        _ = qr;
        await account.Mfa.CompleteTotpEnrollmentAsync(codeFromApp, "Alice's phone", cancellationToken);
        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred, sms: MfaPreference.Enabled, cancellationToken: cancellationToken);
        MfaSettings settings = await account.Mfa.GetSettingsAsync(cancellationToken);
        _ = settings;

        IReadOnlyList<CognitoDevice> devices = await account.Devices.ListAsync(cancellationToken);
        foreach (CognitoDevice device in devices)
        {
            Console.WriteLine($"{device.Name ?? device.DeviceKey} remembered={device.IsRemembered} this-one={device.IsCurrent}");
        }

        await account.Devices.RememberAsync(deviceKey, cancellationToken);
        await account.Devices.DoNotRememberAsync(deviceKey, cancellationToken);
        await account.Devices.ForgetAsync(deviceKey, cancellationToken);

        await account.SignOutEverywhereAsync(cancellationToken);
        await account.RevokeRefreshTokenAsync(cancellationToken);
        await account.DeleteAsync(cancellationToken);
    }

    public static void Register(IServiceCollection services, IConfiguration configuration, AWSCredentials credentials) =>
        services.AddCognitoKit(configuration.GetSection("CognitoKit"))
                .AddAdminCredentials(credentials);

    public static async Task AdminAsync(ICognitoKit cognito, string newPassword, CancellationToken cancellationToken)
    {
        CognitoUser created = await cognito.Admin.CreateUserAsync(
            "bob", temporaryPassword: "Temp0rary!",
            attributes: new Dictionary<string, string> { ["email"] = "bob@example.com", ["email_verified"] = "true" },
            suppressInvitation: true, cancellationToken: cancellationToken);
        _ = created;

        await cognito.Admin.ConfirmSignUpAsync("carol", cancellationToken);
        CognitoUser bob = await cognito.Admin.GetUserAsync("bob", cancellationToken);
        _ = bob;
        await cognito.Admin.SetPasswordAsync("bob", newPassword, permanent: true, cancellationToken);
        await cognito.Admin.SignOutUserAsync("bob", cancellationToken);
        await cognito.Admin.DeleteUserAsync("bob", cancellationToken);
    }
}
