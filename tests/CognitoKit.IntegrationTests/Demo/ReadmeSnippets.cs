using System.Net.Http.Headers;
using Amazon;
using Amazon.S3;
using CognitoKit.Errors;
using CognitoKit.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CognitoKit.IntegrationTests.Demo;

/// <summary>
/// The code of every snippet in the top-level README.md, character for character inside each method, so a README that
/// no longer compiles breaks the build. <see cref="ReadmeSnippetsTests"/> runs them against the emulator.
/// Parameters carry the names the snippets use (<c>AskAsync</c> is the app's UI asking the user).
/// </summary>
internal static class ReadmeSnippets
{
    // README: Configure (in code)
    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = "eu-west-1_AbCdEf123";
            o.ClientId = "1example23456789";
            o.ClientSecret = configuration["Cognito:ClientSecret"];          // only when the app client has a secret
            o.IdentityPoolId = "eu-west-1:0f2b7c1e-0000-4000-8000-123456789012"; // only for AWS credentials
        });
    }

    // README: Configure (from configuration)
    public static void ConfigureFromSection(IServiceCollection services, IConfiguration configuration) =>
        services.AddCognitoKit(configuration.GetSection("CognitoKit"));

    // README: the appsettings.json
    public const string AppSettingsJson = """
        {
          "CognitoKit": {
            "UserPoolId": "eu-west-1_AbCdEf123",
            "ClientId": "1example23456789",
            "IdentityPoolId": "eu-west-1:0f2b7c1e-0000-4000-8000-123456789012"
          }
        }
        """;

    // README: Sign up and confirm
    public static async Task SignUpAsync(
        ICognitoKit cognito, string username, string password, string email, Func<string, Task<string>> AskAsync, CancellationToken ct)
    {
        SignUpResult signUp = await cognito.SignUp(username, password)
            .WithAttribute("email", email)
            .SendAsync(ct);
        if (!signUp.IsConfirmed)
        {
            // Cognito sent a code to signUp.CodeDelivery?.Destination, such as "a***@e***".
            string code = await AskAsync("The code we emailed you");
            await cognito.ConfirmSignUp(username, code).SendAsync(ct);
        }
    }

    // README: Sign in: SRP, and every challenge as a type
    public static async Task<CognitoSession> SignInAsync(
        ICognitoKit cognito, string username, string password, Func<string, Task<string>> AskAsync, CancellationToken ct)
    {
        SignInStep step = await cognito.SignIn(username, password).SendAsync(ct);
        while (step is SignInChallenge challenge)
        {
            step = challenge switch
            {
                TotpCodeRequired totp => await totp.AnswerAsync(await AskAsync("Code from your authenticator app"), ct),
                SmsCodeRequired sms => await sms.AnswerAsync(await AskAsync($"Code sent to {sms.CodeDelivery.Destination}"), ct),
                EmailCodeRequired mail => await mail.AnswerAsync(await AskAsync($"Code sent to {mail.CodeDelivery.Destination}"), ct),
                MfaSelectionRequired choice => await choice.ChooseAsync(choice.Options[0], ct),
                NewPasswordRequired newPassword => await newPassword.SetPasswordAsync(await AskAsync("Choose a new password"), ct),
                _ => throw new NotSupportedException($"This app does not handle {challenge.Name}."),
            };
        }

        CognitoSession session = ((SignedIn)step).Session;
        return session;
    }

    // README: The user's account: MFA, password, sign-out
    public static async Task<string> AccountAsync(
        ICognitoKit cognito, CognitoSession session, string password, string newPassword, Func<string, Task<string>> AskAsync, CancellationToken ct)
    {
        CognitoAccount account = cognito.Account(session);

        TotpEnrollment enrolment = await account.Mfa.BeginTotpEnrollmentAsync(ct);
        string uri = enrolment.OtpAuthUri("My App");        // otpauth://totp/My%20App:ann?secret=...: show it as a QR code
        await account.Mfa.CompleteTotpEnrollmentAsync(await AskAsync($"Add {uri} to your app, then type its code"), "Phone", ct);
        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred, cancellationToken: ct);

        await account.ChangePasswordAsync(password, newPassword, ct);
        await account.SignOutEverywhereAsync(ct);           // every refresh token of the user stops working
        return uri;
    }

    // README: Forgotten password
    public static async Task ForgotPasswordAsync(
        ICognitoKit cognito, string username, string newPassword, Func<string, Task<string>> AskAsync, CancellationToken ct)
    {
        CodeDelivery sent = await cognito.ForgotPassword(username).SendAsync(ct);
        string resetCode = await AskAsync($"The code sent to {sent.Destination}");
        await cognito.ConfirmForgotPassword(username, resetCode, newPassword).SendAsync(ct);
    }

    // README: Sessions that stay fresh
    public static async Task<CognitoSession?> SessionsAsync(
        ICognitoKit cognito, CognitoSession session, HttpRequestMessage request, string userId, CancellationToken ct)
    {
        CognitoTokens tokens = await session.GetValidTokensAsync(ct); // refreshed first when due, once for all callers
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        await cognito.Sessions.SaveAsync(userId, session, ct);           // kept current as it refreshes
        CognitoSession? saved = await cognito.Sessions.GetAsync(userId, ct); // null: sign in again
        return saved;
    }

    // README: Validate tokens in an API
    public static async Task<string?> ValidateAsync(ICognitoKit cognito, string accessToken, CancellationToken ct)
    {
        CognitoTokenValidationResult result = await cognito.Tokens.ValidateAsync(accessToken, CognitoTokenUse.Access, ct);
        if (!result.IsValid)
        {
            return null; // result.RejectionReason: Expired, WrongTokenUse, WrongClient, InvalidSignature, ...
        }

        string userId = result.Claims.Subject;
        return userId;
    }

    // README: AWS credentials for any AWS SDK client
    public static async Task<string> CredentialsAsync(ICognitoKit cognito, CognitoSession session, CancellationToken ct)
    {
        CognitoAWSCredentials credentials = cognito.Identity.ForSession(session); // or cognito.Identity.ForGuest()
        using var s3 = new AmazonS3Client(credentials, RegionEndpoint.EUWest1);
        string identityId = await credentials.GetIdentityIdAsync(ct);
        return identityId;
    }

    // README: Administration
    public static async Task<CognitoUser> AdminAsync(ICognitoKit cognito, CancellationToken ct)
    {
        CognitoUser bob = await cognito.Admin.CreateUserAsync(
            "bob", attributes: new Dictionary<string, string> { ["email"] = "bob@example.com" }, cancellationToken: ct);
        await cognito.Admin.DeleteUserAsync("bob", ct);
        return bob;
    }

    // README: Errors
    public static async Task ErrorsAsync(ICognitoKit cognito, string username, string password, ILogger logger, CancellationToken ct)
    {
        try
        {
            await cognito.SignIn(username, password).SendAsync(ct);
        }
        catch (NotAuthorizedException)
        {
            // Wrong username or password (Cognito does not say which).
        }
        catch (UserNotConfirmedException)
        {
            await cognito.ResendConfirmationCode(username).SendAsync(ct);
        }
        catch (CognitoException e)
        {
            logger.LogError("Cognito refused: {Code} (request {RequestId})", e.ErrorCode, e.RequestId);
        }
    }
}
