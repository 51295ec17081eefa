using Amazon.Runtime;
using CognitoKit.Errors;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CognitoKit.IntegrationTests.Redaction;

/// <summary>
/// Flows run with logs captured at Trace, and no password, code, token, session, secret hash, SRP value,
/// client secret, device secret or AWS secret key used in them appears in any log line, any exception thrown along the
/// way, or the <c>ToString()</c> of any result.
/// </summary>
public sealed class RedactionEndToEndTests
{
    [Fact]
    public async Task EveryFlow_WithAClientSecret_LeaksNoSecretIntoLogsExceptionsOrToString()
    {
        await using RedactionWorld world = await RedactionWorld.StartAsync();
        SecretLedger ledger = world.Ledger;
        (ICognitoKit kit, _) = world.CreateKit();
        string username = "redact-" + Guid.NewGuid().ToString("N")[..8];
        string email = username + "@example.com";
        string password = "Pw1!" + Guid.NewGuid().ToString("N")[..12];
        ledger.Secret("password", password);
        ledger.Text("options", kit.Options);

        // Sign-up, a wrong confirmation code, then the right one.
        SignUpCommand signUpCommand = kit.SignUp(username, password).WithAttribute("email", email);
        ledger.Text("SignUpCommand", signUpCommand);
        SignUpResult signedUp = await signUpCommand.SendAsync();
        ledger.Text("SignUpResult", signedUp);
        ledger.Text("CodeDelivery", signedUp.CodeDelivery);
        string signUpCode = world.Emulator.Inbox.LatestCode(username);
        ledger.Secret("confirmation code", signUpCode);
        await ledger.ThrowsAsync<CodeMismatchException>("wrong sign-up code", () => kit.ConfirmSignUp(username, Other(signUpCode)).SendAsync());
        ConfirmSignUpCommand confirm = kit.ConfirmSignUp(username, signUpCode);
        ledger.Text("ConfirmSignUpCommand", confirm);
        await confirm.SendAsync();

        // A wrong password, then SRP sign-in that opts in to a new device, confirmed on the way.
        string wrongPassword = "Wr0ng!" + Guid.NewGuid().ToString("N")[..10];
        ledger.Secret("password", wrongPassword);
        Exception wrong = await Assert.ThrowsAnyAsync<CognitoException>(() => kit.SignIn(username, wrongPassword).SendAsync(default));
        ledger.Exception("wrong password", wrong);
        SignInCommand signInRequest = kit.SignIn(username, password).TrackNewDevice("Redaction laptop");
        ledger.Text("SignInCommand", signInRequest);
        var signedIn = Assert.IsType<SignedIn>(await signInRequest.SendAsync(default));
        CognitoSession session = signedIn.Session;
        RecordSession(ledger, "first sign-in", signedIn);
        DeviceSecrets? device = signedIn.NewDevice?.Secrets;
        Assert.NotNull(device);
        ledger.Secret("device password", device.DevicePassword);
        ledger.Text("DeviceSecrets", device);

        // TOTP enrolment, a wrong code, then the right one.
        CognitoAccount account = kit.Account(session);
        ledger.Text("CognitoAccount", account);
        TotpEnrollment enrollment = await account.Mfa.BeginTotpEnrollmentAsync();
        ledger.Secret("TOTP secret", enrollment.SecretCode);
        ledger.Text("TotpEnrollment", enrollment);
        string enrolCode = world.Emulator.TotpCode(enrollment.SecretCode);
        ledger.Secret("TOTP code", enrolCode);
        await ledger.ThrowsAsync<EnableSoftwareTokenMFAException>("wrong TOTP enrolment code", () => account.Mfa.CompleteTotpEnrollmentAsync(Other(enrolCode), "Phone"));
        await account.Mfa.CompleteTotpEnrollmentAsync(enrolCode, "Phone");
        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred);
        ledger.Text("MfaSettings", await account.Mfa.GetSettingsAsync());
        ledger.Text("CognitoUser (self)", await account.GetUserAsync());
        foreach (CognitoDevice listed in await account.Devices.ListAsync())
        {
            ledger.Text("CognitoDevice", listed);
        }

        // TOTP sign-in from a second app instance presenting no device, a wrong code first.
        (ICognitoKit second, _) = world.CreateKit();
        var totp = Assert.IsType<TotpCodeRequired>(await second.SignIn(username, password).SendAsync(default));
        ledger.Text("TotpCodeRequired", totp);
        string signInCode = world.Emulator.TotpCode(enrollment.SecretCode, stepOffset: 1);
        ledger.Secret("TOTP code", signInCode);
        await ledger.ThrowsAsync<CodeMismatchException>("wrong TOTP sign-in code", () => totp.AnswerAsync(Other(signInCode), default));
        var totpSignedIn = Assert.IsType<SignedIn>(await totp.AnswerAsync(signInCode, default));
        RecordSession(ledger, "TOTP sign-in", totpSignedIn);
        await ledger.ThrowsAsync<ChallengeAlreadyAnsweredException>("challenge answered twice", () => totp.AnswerAsync(signInCode, default));

        // A sign-in presenting the device: device SRP proves the device password, then (this pool still asks) TOTP.
        SignInCommand withDevice = kit.SignIn(username, password).WithDevice(device);
        ledger.Text("SignInCommand (with device)", withDevice);
        ledger.Text("TotpCodeRequired (with device)", Assert.IsType<TotpCodeRequired>(await withDevice.SendAsync(default)));
        Assert.Contains(world.Emulator.Requests.All, r => r.Operation == "RespondToAuthChallenge" && r.Body.Contains("DEVICE_PASSWORD_VERIFIER", StringComparison.Ordinal));

        // Refresh.
        ledger.Text("CognitoTokens (refreshed)", await session.RefreshAsync());
        RecordTokens(ledger, session.Tokens);
        ledger.Text("CognitoSession (refreshed)", session);

        // Token validation: both kinds, a tampered token and a token of the wrong kind.
        CognitoTokenValidationResult idResult = await kit.Tokens.ValidateAsync(session.Tokens.IdToken, CognitoTokenUse.Id);
        CognitoTokenValidationResult accessResult = await kit.Tokens.ValidateAsync(session.Tokens.AccessToken, CognitoTokenUse.Access);
        string tampered = Tamper(session.Tokens.AccessToken);
        ledger.Secret("tampered token", tampered);
        CognitoTokenValidationResult tamperedResult = await kit.Tokens.ValidateAsync(tampered, CognitoTokenUse.Access);
        Assert.True(idResult.IsValid);
        Assert.True(accessResult.IsValid);
        Assert.False(tamperedResult.IsValid);
        ledger.Text("CognitoTokenValidationResult (id)", idResult);
        ledger.Text("CognitoTokenClaims (id)", idResult.Claims);
        ledger.Text("CognitoTokenValidationResult (access)", accessResult);
        ledger.Text("CognitoTokenValidationResult (tampered)", tamperedResult);
        ledger.Text("CognitoTokenValidationResult.Message (tampered)", tamperedResult.Message);
        await ledger.ThrowsAsync<CognitoTokenValidationException>("wrong token use", async () => await kit.Tokens.ValidateOrThrowAsync(session.Tokens.AccessToken, CognitoTokenUse.Id));

        // Identity-pool credentials for the user and for a guest.
        CognitoAWSCredentials userCredentials = kit.Identity.ForSession(session);
        ImmutableCredentials issued = await userCredentials.GetCredentialsAsync();
        ledger.Secret("identity secret key", issued.SecretKey);
        ledger.Secret("identity session token", issued.Token);
        ledger.Text("CognitoAWSCredentials (user)", userCredentials);
        CognitoAWSCredentials guestCredentials = kit.Identity.ForGuest();
        ImmutableCredentials guestIssued = await guestCredentials.GetCredentialsAsync();
        ledger.Secret("identity secret key", guestIssued.SecretKey);
        ledger.Secret("identity session token", guestIssued.Token);
        ledger.Text("CognitoAWSCredentials (guest)", guestCredentials);

        // Change password: wrong current password, then right.
        string changed = "Pw2!" + Guid.NewGuid().ToString("N")[..12];
        ledger.Secret("password", changed);
        Exception wrongCurrent = await Assert.ThrowsAnyAsync<CognitoException>(() => account.ChangePasswordAsync(wrongPassword, changed));
        ledger.Exception("change password with a wrong current password", wrongCurrent);
        await account.ChangePasswordAsync(password, changed);

        // Forgot password: a wrong code, then the right one.
        CodeDelivery forgot = await kit.ForgotPassword(username).SendAsync();
        ledger.Text("CodeDelivery (forgot)", forgot);
        string resetCode = world.Emulator.Inbox.LatestCode(username);
        ledger.Secret("reset code", resetCode);
        string reset = "Pw3!" + Guid.NewGuid().ToString("N")[..12];
        ledger.Secret("password", reset);
        await ledger.ThrowsAsync<CodeMismatchException>("wrong reset code", () => kit.ConfirmForgotPassword(username, Other(resetCode), reset).SendAsync());
        ConfirmForgotPasswordCommand confirmReset = kit.ConfirmForgotPassword(username, resetCode, reset);
        ledger.Text("ConfirmForgotPasswordCommand", confirmReset);
        await confirmReset.SendAsync();

        // Admin calls signed with explicit session credentials.
        CognitoAdmin admin = kit.Admin;
        ledger.Text("CognitoAdmin", admin);
        ledger.Text("CognitoUser (admin)", await admin.GetUserAsync(username));
        await ledger.ThrowsAsync<UserNotFoundException>("admin get of an unknown user", () => admin.GetUserAsync("nobody-" + Guid.NewGuid().ToString("N")[..8]));
        string adminPassword = "Pw4!" + Guid.NewGuid().ToString("N")[..12];
        ledger.Secret("password", adminPassword);
        await admin.SetPasswordAsync(username, adminPassword, permanent: true);
        string tempPassword = "Tmp5!" + Guid.NewGuid().ToString("N")[..12];
        ledger.Secret("password", tempPassword);
        string otherUser = "redact-admin-" + Guid.NewGuid().ToString("N")[..8];
        ledger.Text("CognitoUser (created)", await admin.CreateUserAsync(otherUser, tempPassword, new Dictionary<string, string> { ["email"] = otherUser + "@example.com" }, suppressInvitation: true));

        // A challenge answered after its session expired (3 minutes in the emulator).
        (ICognitoKit third, _) = world.CreateKit();
        var late = Assert.IsType<TotpCodeRequired>(await third.SignIn(username, adminPassword).SendAsync(default));
        world.Clock.Advance(TimeSpan.FromMinutes(4));
        string lateCode = world.Emulator.TotpCode(enrollment.SecretCode);
        ledger.Secret("TOTP code", lateCode);
        await ledger.ThrowsAsync<SignInSessionExpiredException>("expired challenge session", () => late.AnswerAsync(lateCode, default));

        // Sign out, revoke, delete; then a refresh with the revoked token.
        await admin.SignOutUserAsync(otherUser);
        await kit.Account(totpSignedIn.Session).RevokeRefreshTokenAsync();
        await ledger.ThrowsAsync<CognitoSessionExpiredException>("refresh after revocation", () => totpSignedIn.Session.RefreshAsync());
        ledger.Text("CognitoSession (ended)", totpSignedIn.Session);
        await account.DeleteAsync();

        ledger.FromRequestLog(world.Emulator.Requests);
        string[] lines = [.. world.Logs.Lines];

        // The check is only worth something if each kind of secret was really seen, and logging really happened.
        foreach (string kind in new[]
        {
            "client secret", "AWS secret key", "AWS session token", "password", "confirmation code", "reset code", "TOTP secret",
            "TOTP code", "device password", "ID token", "access token", "refresh token", "identity secret key", "identity session token",
            "wire SRP_A", "wire PASSWORD_CLAIM_SIGNATURE", "wire PASSWORD_CLAIM_SECRET_BLOCK", "wire SECRET_HASH", "wire SecretHash",
            "wire Session", "wire PasswordVerifier", "wire REFRESH_TOKEN",
        })
        {
            Assert.True(ledger.Count(kind) > 0, $"no {kind} was recorded, so the check would prove nothing about it");
        }

        Assert.Contains(lines, l => l.Contains("InitiateAuth", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("RespondToAuthChallenge", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Debug", StringComparison.Ordinal) || l.StartsWith("Trace", StringComparison.Ordinal));
        IReadOnlyList<string> leaks = ledger.Leaks(lines);
        Assert.True(leaks.Count == 0, "Secrets leaked:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public async Task LeakCheck_FindsASecretPlantedInALogLineOrAResult()
    {
        await using RedactionWorld world = await RedactionWorld.StartAsync();
        (_, IServiceProvider services) = world.CreateKit();
        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Planted");
        world.Ledger.Text("a careless result", $"Result {{ Key = {world.AwsSecretKey} }}");

#pragma warning disable CA1848, CA2254 // deliberately the careless way, to prove the check catches it
        logger.LogTrace("secret hash " + world.Client.ClientSecret);
#pragma warning restore CA1848, CA2254

        IReadOnlyList<string> leaks = world.Ledger.Leaks(world.Logs.Lines);
        Assert.Contains(leaks, l => l.StartsWith("client secret in log line", StringComparison.Ordinal));
        Assert.Contains(leaks, l => l.StartsWith("AWS secret key in a careless result", StringComparison.Ordinal));
    }

    private static void RecordSession(SecretLedger ledger, string where, SignedIn signedIn)
    {
        RecordTokens(ledger, signedIn.Session.Tokens);
        ledger.Text("SignedIn " + where, signedIn);
        ledger.Text("CognitoSession " + where, signedIn.Session);
        ledger.Text("CognitoTokens " + where, signedIn.Session.Tokens);
        ledger.Text("CognitoSessionSnapshot " + where, signedIn.Session.ToSnapshot());
        ledger.Text("NewDevice " + where, signedIn.NewDevice);
    }

    private static void RecordTokens(SecretLedger ledger, CognitoTokens tokens)
    {
        ledger.Secret("ID token", tokens.IdToken);
        ledger.Secret("access token", tokens.AccessToken);
        ledger.Secret("refresh token", tokens.RefreshToken);

        // A JWT's signature alone is as good as the token for a replay-minded reader of the logs.
        ledger.Secret("ID token signature", tokens.IdToken[(tokens.IdToken.LastIndexOf('.') + 1)..]);
        ledger.Secret("access token signature", tokens.AccessToken[(tokens.AccessToken.LastIndexOf('.') + 1)..]);
    }

    private static string Other(string code) => code == "000000" ? "111111" : "000000";

    private static string Tamper(string jwt)
    {
        string[] parts = jwt.Split('.');
        char[] signature = parts[2].ToCharArray();
        signature[5] = signature[5] == 'A' ? 'B' : 'A';
        return $"{parts[0]}.{parts[1]}.{new string(signature)}";
    }
}
