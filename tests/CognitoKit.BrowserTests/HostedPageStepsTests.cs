using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CognitoKit.Hosted;
using CognitoKit.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CognitoKit.BrowserTests;

/// <summary>
/// The emulator's hosted pages beyond the password: MFA by authenticator app, text message and email (and setting each
/// up), the choice between them, a new password, and sign-up with its code. Each test ends where an app does: the
/// callback's code exchanged for tokens.
/// </summary>
public sealed partial class HostedPageStepsTests
{
    [Fact]
    public async Task RequiredMfa_WithNothingSetUp_SetsUpAnAuthenticatorOnTheHostedPage_ThenAsksForItsCodeNextTime()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        await harness.Pool.SetMfaConfigAsync(MfaConfiguration.On, softwareToken: true);

        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var setUp = await LoginAsync(harness, authorization.AuthorizationUri, HostedDomainHarness.Password);
        Assert.Contains("Set up your authenticator", setUp.Html, StringComparison.Ordinal);
        var secret = WebUtility.HtmlDecode(Secret().Match(setUp.Html).Groups[1].Value);
        Assert.Matches("^[A-Z2-7]{16,}$", secret);
        Assert.Contains("otpauth://totp/", setUp.Html, StringComparison.Ordinal);

        // A wrong code keeps the user on the page (the session survives); the right one ends the sign-in.
        var wrong = await harness.PostFormAsync(setUp, new() { ["code"] = "000000" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("That code is not right", wrong.Html, StringComparison.Ordinal);
        var done = await harness.PostFormAsync(wrong, new() { ["code"] = harness.Emulator.TotpCode(secret) });
        await ExpectSignedInAsync(harness, done, authorization);

        // The next sign-in (a fresh browser) asks for the authenticator's code.
        var next = harness.Cognito.HostedUI.CreateAuthorization();
        var challenge = await LoginAsync(harness, next.AuthorizationUri, HostedDomainHarness.Password);
        Assert.Contains("Enter the code your authenticator app shows.", challenge.Html, StringComparison.Ordinal);
        var signedIn = await harness.PostFormAsync(challenge, new() { ["code"] = harness.Emulator.TotpCode(secret, stepOffset: 1) });
        await ExpectSignedInAsync(harness, signedIn, next);
    }

    [Fact]
    public async Task SmsMfa_SendsACodeToTheVerifiedPhone_AndTheHostedPageTakesIt()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        await harness.Pool.SetMfaConfigAsync(MfaConfiguration.On, sms: true);
        await harness.Pool.AddUserAsync("sam", HostedDomainHarness.Password, new Dictionary<string, string> { ["phone_number"] = "+15555550123", ["email"] = "sam@example.com" });

        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var challenge = await LoginAsync(harness, authorization.AuthorizationUri, HostedDomainHarness.Password, "sam");
        Assert.Contains("We sent a code by text message to", challenge.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("+15555550123", challenge.Html, StringComparison.Ordinal);

        var signedIn = await harness.PostFormAsync(challenge, new() { ["code"] = harness.Emulator.Inbox.LatestCode("sam") });
        var session = await ExpectSignedInAsync(harness, signedIn, authorization);
        Assert.Equal("sam", session.Username);
    }

    [Fact]
    public async Task EmailMfa_SetUpOnTheHostedPage_SendsTheCodeToTheAddressGiven()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        await harness.Pool.SetMfaConfigAsync(MfaConfiguration.On, email: true);
        await harness.Pool.AddUserAsync("eve", HostedDomainHarness.Password);

        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var setUp = await LoginAsync(harness, authorization.AuthorizationUri, HostedDomainHarness.Password, "eve");
        Assert.Contains("Set up email codes", setUp.Html, StringComparison.Ordinal);
        var code = await harness.PostFormAsync(setUp, new() { ["email"] = "eve@example.com" });
        Assert.Contains("We sent a code by email to", code.Html, StringComparison.Ordinal);

        var signedIn = await harness.PostFormAsync(code, new() { ["code"] = harness.Emulator.Inbox.LatestCode("eve@example.com") });
        var session = await ExpectSignedInAsync(harness, signedIn, authorization);
        Assert.Equal("eve@example.com", new JsonWebToken(session.Tokens.IdToken).GetPayloadValue<string>("email"));
    }

    [Fact]
    public async Task TwoFactorsAvailable_TheUserChoosesOnTheHostedPage()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        await harness.Pool.SetMfaConfigAsync(MfaConfiguration.Optional, sms: true, email: true);
        await harness.Pool.AddUserAsync("kim", HostedDomainHarness.Password, new Dictionary<string, string> { ["phone_number"] = "+15555550188", ["email"] = "kim@example.com" });

        // Optional MFA and none chosen yet: the password alone signs in. Then the user turns on both factors, preferring neither.
        var first = harness.Cognito.HostedUI.CreateAuthorization();
        var session = await ExpectSignedInAsync(harness, await LoginAsync(harness, first.AuthorizationUri, HostedDomainHarness.Password, "kim"), first);
        await harness.Emulator.InvokeAsync("SetUserMFAPreference", new JsonObject
        {
            ["AccessToken"] = session.Tokens.AccessToken,
            ["SMSMfaSettings"] = new JsonObject { ["Enabled"] = true },
            ["EmailMfaSettings"] = new JsonObject { ["Enabled"] = true },
        });

        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var choice = await LoginAsync(harness, authorization.AuthorizationUri, HostedDomainHarness.Password, "kim");
        Assert.Contains("Choose how to verify", choice.Html, StringComparison.Ordinal);
        var refused = await harness.PostFormAsync(choice, new() { ["mfa"] = "SOFTWARE_TOKEN_MFA" });
        Assert.Contains("Choose one of the ways offered.", refused.Html, StringComparison.Ordinal);

        var code = await harness.PostFormAsync(refused, new() { ["mfa"] = "EMAIL_OTP" });
        Assert.Contains("We sent a code by email to", code.Html, StringComparison.Ordinal);
        var signedIn = await harness.PostFormAsync(code, new() { ["code"] = harness.Emulator.Inbox.LatestCode("kim@example.com") });
        await ExpectSignedInAsync(harness, signedIn, authorization);
    }

    [Fact]
    public async Task TemporaryPassword_IsChangedOnTheHostedPage_AfterMismatchedAndWeakTries_AndTheNewOneSignsIn()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        await harness.Emulator.InvokeAsync("AdminCreateUser", new JsonObject
        {
            ["UserPoolId"] = harness.Pool.Id,
            ["Username"] = "newbie",
            ["TemporaryPassword"] = "Temporary-Passw0rd!",
            ["MessageAction"] = "SUPPRESS",
        });

        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var change = await LoginAsync(harness, authorization.AuthorizationUri, "Temporary-Passw0rd!", "newbie");
        Assert.Contains("Change your password", change.Html, StringComparison.Ordinal);

        var mismatched = await harness.PostFormAsync(change, new() { ["new_password"] = "Chosen-Passw0rd!", ["confirm_password"] = "Chosen-Passw0rd?" });
        Assert.Contains("The two passwords do not match.", mismatched.Html, StringComparison.Ordinal);
        var weak = await harness.PostFormAsync(mismatched, new() { ["new_password"] = "short", ["confirm_password"] = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.Status);
        Assert.Contains("Password did not conform with policy", weak.Html, StringComparison.Ordinal);
        Assert.Contains("Change your password", weak.Html, StringComparison.Ordinal);

        var signedIn = await harness.PostFormAsync(weak, new() { ["new_password"] = "Chosen-Passw0rd!", ["confirm_password"] = "Chosen-Passw0rd!" });
        await ExpectSignedInAsync(harness, signedIn, authorization);

        var again = harness.Cognito.HostedUI.CreateAuthorization();
        var direct = await LoginAsync(harness, again.AuthorizationUri, "Chosen-Passw0rd!", "newbie");
        await ExpectSignedInAsync(harness, direct, again);
    }

    [Fact]
    public async Task SignUp_OnTheHostedPage_ConfirmsWithTheEmailedCode_AndEndsSignedIn()
    {
        await using var harness = await HostedDomainHarness.StartAsync(poolSettings: EmailVerified());

        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var login = await harness.GetPageAsync(authorization.AuthorizationUri);
        var link = WebUtility.HtmlDecode(SignUpLink().Match(login.Html).Groups[1].Value);
        var signUp = await harness.GetPageAsync(new Uri(harness.Emulator.Endpoint, link));
        Assert.Contains("<h1>Sign up</h1>", signUp.Html, StringComparison.Ordinal);
        Assert.Contains("for=\"attr-email\"", signUp.Html, StringComparison.Ordinal);

        var mismatch = await harness.PostFormAsync(signUp, new() { ["username"] = "lee", ["attr.email"] = "lee@example.com", ["password"] = "Lee-Passw0rd!", ["confirm_password"] = "other" });
        Assert.Contains("The two passwords do not match.", mismatch.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"lee@example.com\"", mismatch.Html, StringComparison.Ordinal);

        var confirm = await harness.PostFormAsync(mismatch, new() { ["username"] = "lee", ["attr.email"] = "lee@example.com", ["password"] = "Lee-Passw0rd!", ["confirm_password"] = "Lee-Passw0rd!" });
        Assert.Contains("Confirm your account", confirm.Html, StringComparison.Ordinal);
        var wrong = await harness.PostFormAsync(confirm, new() { ["code"] = "000000" });
        Assert.Contains("That code is not right", wrong.Html, StringComparison.Ordinal);

        var signedIn = await harness.PostFormAsync(wrong, new() { ["code"] = harness.Emulator.Inbox.LatestCode("lee") });
        var session = await ExpectSignedInAsync(harness, signedIn, authorization);
        Assert.Equal("lee", session.Username);
        Assert.Equal("true", new JsonWebToken(session.Tokens.IdToken).GetPayloadValue<object>("email_verified").ToString()!.ToLowerInvariant());
    }

    [Fact]
    public async Task UnconfirmedUser_SigningIn_IsSentANewCode_AndConfirmsOnTheHostedPage()
    {
        await using var harness = await HostedDomainHarness.StartAsync(poolSettings: EmailVerified());
        await harness.Pool.AddUserAsync("una", HostedDomainHarness.Password, new Dictionary<string, string> { ["email"] = "una@example.com" }, confirmed: false);

        var authorization = harness.Cognito.HostedUI.CreateAuthorization();
        var confirm = await LoginAsync(harness, authorization.AuthorizationUri, HostedDomainHarness.Password, "una");
        Assert.Contains("Confirm your account", confirm.Html, StringComparison.Ordinal);

        var signedIn = await harness.PostFormAsync(confirm, new() { ["code"] = harness.Emulator.Inbox.LatestCode("una") });
        await ExpectSignedInAsync(harness, signedIn, authorization);
    }

    [Fact]
    public async Task ConfirmationPage_OfAnotherSignIn_ConfirmsNothing()
    {
        await using var harness = await HostedDomainHarness.StartAsync(poolSettings: EmailVerified());
        await harness.Pool.AddUserAsync("una", HostedDomainHarness.Password, new Dictionary<string, string> { ["email"] = "una@example.com" }, confirmed: false);
        var confirm = await LoginAsync(harness, harness.Cognito.HostedUI.CreateAuthorization().AuthorizationUri, HostedDomainHarness.Password, "una");

        // A pending sign-in in which nobody signed up: its id with the right code is refused.
        var other = await harness.GetPageAsync(harness.Cognito.HostedUI.CreateAuthorization().AuthorizationUri);
        var forged = confirm with { Fields = new Dictionary<string, string>(confirm.Fields) { ["request"] = other.Fields["request"] } };
        var refused = await harness.PostFormAsync(forged, new() { ["code"] = harness.Emulator.Inbox.LatestCode("una") });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("This sign-in has expired", refused.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostedChallengeSession_CannotBeAnsweredThroughTheApi()
    {
        await using var harness = await HostedDomainHarness.StartAsync();
        await harness.Pool.SetMfaConfigAsync(MfaConfiguration.On, sms: true);
        await harness.Pool.AddUserAsync("sam", HostedDomainHarness.Password, new Dictionary<string, string> { ["phone_number"] = "+15555550123" });
        var challenge = await LoginAsync(harness, harness.Cognito.HostedUI.CreateAuthorization().AuthorizationUri, HostedDomainHarness.Password, "sam");

        var error = await Assert.ThrowsAsync<CognitoEmulatorException>(() => harness.Emulator.InvokeAsync("RespondToAuthChallenge", new JsonObject
        {
            ["ClientId"] = harness.Client.ClientId,
            ["ChallengeName"] = "SMS_MFA",
            ["Session"] = challenge.Fields["session"],
            ["ChallengeResponses"] = new JsonObject { ["USERNAME"] = "sam", ["SMS_MFA_CODE"] = harness.Emulator.Inbox.LatestCode("sam") },
        }));

        Assert.Equal("NotAuthorizedException", error.ErrorCode);
    }

    private static JsonObject EmailVerified() => new() { ["AutoVerifiedAttributes"] = new JsonArray("email") };

    private static Task<HostedDomainHarness.HostedPage> LoginAsync(HostedDomainHarness harness, Uri authorizeUri, string password, string username = HostedDomainHarness.Username) =>
        harness.GetPageAsync(authorizeUri).ContinueWith(page => harness.PostFormAsync(page.Result, new() { ["username"] = username, ["password"] = password })).Unwrap();

    /// <summary>The page redirected to the callback with a code, which CognitoKit exchanges for the user's tokens.</summary>
    private static async Task<CognitoSession> ExpectSignedInAsync(HostedDomainHarness harness, HostedDomainHarness.HostedPage page, HostedAuthorization authorization)
    {
        Assert.True(page.Status == HttpStatusCode.Found, "Expected the redirect to the app, got " + page.Status + ": " + page.Html);
        Assert.StartsWith(HostedDomainHarness.Callback, page.Location!.AbsoluteUri, StringComparison.Ordinal);
        return await harness.Cognito.HostedUI.CompleteSignInAsync(page.Location, authorization);
    }

    [GeneratedRegex("id=\"totp-secret\">([^<]+)<")]
    private static partial Regex Secret();

    [GeneratedRegex("id=\"signup\" href=\"([^\"]+)\"")]
    private static partial Regex SignUpLink();
}
