using System.Diagnostics;
using System.Globalization;
using Amazon.Runtime;
using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Redaction;
using CognitoKit.Tokens;
using OpenTelemetry.Metrics;

namespace CognitoKit.IntegrationTests.Telemetry;

/// <summary>
/// Sign-up, SRP sign-in with a client secret, TOTP enrolment and sign-in, a refresh, validations, identity-pool
/// credentials and a signed admin call, all recorded by the OpenTelemetry SDK: no span name, attribute, event,
/// status description or metric dimension holds a password, code, token, SRP value, secret, username or email.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetrySecretScanTests
{
    [Fact]
    public async Task EveryFlow_LeaksNoSecretUsernameOrEmailIntoSpansOrMetrics()
    {
        await using RedactionWorld world = await RedactionWorld.StartAsync();
        using var telemetry = new TelemetryCapture();
        SecretLedger ledger = world.Ledger;
        (ICognitoKit kit, _) = world.CreateKit();
        string username = "otel-" + Guid.NewGuid().ToString("N")[..10];
        string email = username + "@example.com";
        string password = "Pw1!" + Guid.NewGuid().ToString("N")[..12];
        ledger.Secret("username", username);
        ledger.Secret("email", email);
        ledger.Secret("password", password);

        await kit.SignUp(username, password).WithAttribute("email", email).SendAsync();
        string signUpCode = world.Emulator.Inbox.LatestCode(username);
        ledger.Secret("confirmation code", signUpCode);
        await kit.ConfirmSignUp(username, signUpCode).SendAsync();
        string wrongPassword = "Wr0ng!" + Guid.NewGuid().ToString("N")[..10];
        ledger.Secret("password", wrongPassword);
        await Assert.ThrowsAnyAsync<CognitoException>(() => kit.SignIn(username, wrongPassword).SendAsync());
        CognitoSession session = Assert.IsType<SignedIn>(await kit.SignIn(username, password).SendAsync()).Session;
        RecordTokens(ledger, session.Tokens);

        CognitoAccount account = kit.Account(session);
        TotpEnrollment enrollment = await account.Mfa.BeginTotpEnrollmentAsync();
        ledger.Secret("TOTP secret", enrollment.SecretCode);
        string enrolCode = world.Emulator.TotpCode(enrollment.SecretCode);
        ledger.Secret("TOTP code", enrolCode);
        await account.Mfa.CompleteTotpEnrollmentAsync(enrolCode, "Phone");
        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred);

        (ICognitoKit second, _) = world.CreateKit();
        var totp = Assert.IsType<TotpCodeRequired>(await second.SignIn(username, password).SendAsync());
        string signInCode = world.Emulator.TotpCode(enrollment.SecretCode, stepOffset: 1);
        ledger.Secret("TOTP code", signInCode);
        await Assert.ThrowsAsync<CodeMismatchException>(() => totp.AnswerAsync(signInCode == "000000" ? "111111" : "000000"));
        CognitoSession totpSession = Assert.IsType<SignedIn>(await totp.AnswerAsync(signInCode)).Session;
        RecordTokens(ledger, totpSession.Tokens);

        await totpSession.RefreshAsync();
        RecordTokens(ledger, totpSession.Tokens);
        CognitoTokenValidationResult id = await second.Tokens.ValidateAsync(totpSession.Tokens.IdToken, CognitoTokenUse.Id);
        Assert.True(id.IsValid);
        ledger.Secret("user sub", id.Claims!.Subject);
        string tampered = totpSession.Tokens.AccessToken[..^4] + (totpSession.Tokens.AccessToken.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        ledger.Secret("tampered token", tampered);
        Assert.False((await second.Tokens.ValidateAsync(tampered, CognitoTokenUse.Access)).IsValid);

        ImmutableCredentials issued = await second.Identity.ForSession(totpSession).GetCredentialsAsync();
        ledger.Secret("identity secret key", issued.SecretKey);
        ledger.Secret("identity session token", issued.Token);
        ImmutableCredentials guest = await second.Identity.ForGuest().GetCredentialsAsync();
        ledger.Secret("identity secret key", guest.SecretKey);
        ledger.Secret("identity session token", guest.Token);
        await kit.Admin.GetUserAsync(username);
        ledger.FromRequestLog(world.Emulator.Requests);

        IReadOnlyList<Activity> spans = telemetry.Spans;
        IReadOnlyList<MetricSnapshot> metrics = telemetry.Export();
        List<string> texts = [.. spans.SelectMany(Describe), .. metrics.SelectMany(Describe)];

        // The scan proves something only if every flow was recorded and every kind of secret was seen.
        string[] names = [.. spans.Select(s => s.DisplayName).Distinct()];
        foreach (string expected in new[]
        {
            "cognito.sign_in", "cognito.sign_in.challenge", "cognito.session.refresh", "cognito.token.validate", "cognito.jwks.fetch",
            "cognito.identity.credentials", "CognitoIdentityProvider.SignUp", "CognitoIdentityProvider.AdminGetUser", "CognitoIdentity.GetCredentialsForIdentity",
        })
        {
            Assert.Contains(expected, names);
        }

        Assert.Contains(spans, s => s.Events.Any() || s.Status == ActivityStatusCode.Error);
        foreach (string metric in new[] { "cognito.sign_in.steps", "cognito.session.refreshes", "cognito.token.validations", "cognito.identity.credential_exchanges", "cognito.client.call.duration" })
        {
            Assert.Contains(metrics, m => m.Name == metric);
        }

        foreach (string kind in new[]
        {
            "username", "email", "password", "confirmation code", "TOTP secret", "TOTP code", "ID token", "access token", "refresh token",
            "client secret", "AWS secret key", "identity secret key", "identity session token", "user sub",
            "wire SRP_A", "wire PASSWORD_CLAIM_SIGNATURE", "wire SECRET_HASH", "wire Session", "wire REFRESH_TOKEN",
        })
        {
            Assert.True(ledger.Count(kind) > 0, $"no {kind} was recorded, so the scan would prove nothing about it");
        }

        IReadOnlyList<string> leaks = ledger.Leaks(texts);
        Assert.True(leaks.Count == 0, "Secrets in telemetry:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public void Scan_FindsASecretPlantedInASpanAttribute()
    {
        var ledger = new SecretLedger();
        string secret = "planted-" + Guid.NewGuid().ToString("N");
        ledger.Secret("planted", secret);
        using var activity = new Activity("planted");
        activity.SetTag("cognito.outcome", "x" + secret);

        Assert.Single(ledger.Leaks(Describe(activity)));
    }

    private static IEnumerable<string> Describe(Activity span)
    {
        yield return $"span {span.DisplayName} ({span.OperationName}) status {span.Status} {span.StatusDescription}";
        foreach (KeyValuePair<string, object?> tag in span.TagObjects)
        {
            yield return $"span {span.DisplayName} tag {tag.Key}={Text(tag.Value)}";
        }

        foreach (ActivityEvent e in span.Events)
        {
            yield return $"span {span.DisplayName} event {e.Name}";
            foreach (KeyValuePair<string, object?> tag in e.Tags)
            {
                yield return $"span {span.DisplayName} event {e.Name} {tag.Key}={Text(tag.Value)}";
            }
        }

        foreach (KeyValuePair<string, string?> baggage in span.Baggage)
        {
            yield return $"span {span.DisplayName} baggage {baggage.Key}={baggage.Value}";
        }
    }

    private static IEnumerable<string> Describe(MetricSnapshot metric)
    {
        yield return $"metric {metric.Name} {metric.Unit} {metric.Description}";
        foreach (MetricPoint point in metric.MetricPoints)
        {
            foreach (KeyValuePair<string, object?> tag in point.Tags)
            {
                yield return $"metric {metric.Name} {tag.Key}={Text(tag.Value)}";
            }
        }
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private static void RecordTokens(SecretLedger ledger, CognitoTokens tokens)
    {
        ledger.Secret("ID token", tokens.IdToken);
        ledger.Secret("access token", tokens.AccessToken);
        ledger.Secret("refresh token", tokens.RefreshToken);
        ledger.Secret("ID token signature", tokens.IdToken[(tokens.IdToken.LastIndexOf('.') + 1)..]);
        ledger.Secret("access token signature", tokens.AccessToken[(tokens.AccessToken.LastIndexOf('.') + 1)..]);
    }
}
