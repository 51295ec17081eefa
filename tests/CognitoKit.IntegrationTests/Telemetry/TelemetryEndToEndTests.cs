using System.Diagnostics;
using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Telemetry;

/// <summary>
/// CognitoKit's spans and metrics as the OpenTelemetry SDK exports them, for flows run through the façade against the
/// emulator: names, kinds, parents, attributes, retry events and metric points with their dimensions.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryEndToEndTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!Telemetry";
    private const string UserPools = "CognitoIdentityProvider";

    [Fact]
    public async Task SignInWithTotp_RecordsASignInSpanAndAChallengeSpan_OverTheirCognitoCalls()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { MfaConfiguration = "ON" });
        await pool.CreateUserAsync("tina", Password);
        ICognitoKit kit = pool.CreateKit(configureServices: s => s.AddMetrics());
        var setup = Assert.IsType<TotpSetupRequired>(await kit.SignIn("tina", Password).SendAsync());
        Assert.IsType<SignedIn>(await setup.VerifyAsync(pool.Emulator.TotpCode(setup.SecretCode), "Phone"));

        using var telemetry = new TelemetryCapture();
        var totp = Assert.IsType<TotpCodeRequired>(await kit.SignIn("tina", Password).SendAsync());
        Assert.IsType<SignedIn>(await totp.AnswerAsync(pool.Emulator.TotpCode(setup.SecretCode, stepOffset: 1)));

        // The start: its own span under the caller's, with InitiateAuth and the automatic PASSWORD_VERIFIER as children.
        Activity signIn = telemetry.Single("cognito.sign_in");
        Assert.Equal(ActivityKind.Internal, signIn.Kind);
        Assert.Equal(telemetry.RootSpanId, signIn.ParentSpanId);
        Assert.Equal("USER_SRP_AUTH", signIn.GetTagItem("cognito.auth_flow"));
        Assert.Equal("start", signIn.GetTagItem("cognito.sign_in.step"));
        Assert.Equal("challenge", signIn.GetTagItem("cognito.sign_in.outcome"));
        Assert.Equal("SOFTWARE_TOKEN_MFA", signIn.GetTagItem("cognito.next_challenge"));
        Assert.Equal(ActivityStatusCode.Unset, signIn.Status);
        Assert.Equal(
            ["CognitoIdentityProvider.InitiateAuth", "CognitoIdentityProvider.RespondToAuthChallenge"],
            telemetry.ChildrenOf(signIn).Select(s => s.DisplayName).Order().ToArray());

        // The answer: a span of its own (not a child of the start), with its RespondToAuthChallenge.
        Activity answer = telemetry.Single("cognito.sign_in.challenge");
        Assert.Equal(telemetry.RootSpanId, answer.ParentSpanId);
        Assert.Equal("answer", answer.GetTagItem("cognito.sign_in.step"));
        Assert.Equal("SOFTWARE_TOKEN_MFA", answer.GetTagItem("cognito.challenge"));
        Assert.Equal("signed_in", answer.GetTagItem("cognito.sign_in.outcome"));
        Activity respond = Assert.Single(telemetry.ChildrenOf(answer));

        // A Cognito call: a client span with the AWS SDK / RPC attributes.
        Assert.Equal("CognitoIdentityProvider.RespondToAuthChallenge", respond.DisplayName);
        Assert.Equal(ActivityKind.Client, respond.Kind);
        Assert.Equal("aws-api", respond.GetTagItem("rpc.system"));
        Assert.Equal(UserPools, respond.GetTagItem("rpc.service"));
        Assert.Equal("RespondToAuthChallenge", respond.GetTagItem("rpc.method"));
        Assert.Equal(emulator.Endpoint.Host, respond.GetTagItem("server.address"));
        Assert.Equal(emulator.Endpoint.Port, respond.GetTagItem("server.port"));
        Assert.Equal(pool.Emulator.Region, respond.GetTagItem("cloud.region"));
        Assert.False(string.IsNullOrEmpty(respond.GetTagItem("aws.request_id") as string));
        Assert.Null(respond.GetTagItem("error.type"));
        Assert.Equal("CognitoKit", respond.Source.Name);
        Assert.False(string.IsNullOrEmpty(respond.Source.Version));

        // Metrics: one point per step, by outcome and challenge; call durations by operation.
        Assert.Equal(1, telemetry.PointWith(
            "cognito.sign_in.steps", ("cognito.sign_in.step", "start"), ("cognito.sign_in.outcome", "challenge"), ("cognito.next_challenge", "SOFTWARE_TOKEN_MFA")).Value);
        Assert.Equal(1, telemetry.PointWith(
            "cognito.sign_in.steps", ("cognito.sign_in.step", "answer"), ("cognito.sign_in.outcome", "signed_in"), ("cognito.challenge", "SOFTWARE_TOKEN_MFA")).Value);
        Assert.Equal(2, telemetry.PointWith(
            "cognito.client.call.duration", ("rpc.system", "aws-api"), ("rpc.service", UserPools), ("rpc.method", "RespondToAuthChallenge")).Value);
        Assert.Equal("s", telemetry.Snapshot("cognito.client.call.duration")!.Unit);
        Assert.Equal("{step}", telemetry.Snapshot("cognito.sign_in.steps")!.Unit);
    }

    [Fact]
    public async Task SignInWithAWrongPassword_MarksTheSpansFailedWithTheCognitoErrorCode()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        await pool.CreateUserAsync("walt", Password);
        ICognitoKit kit = pool.CreateKit();

        using var telemetry = new TelemetryCapture();
        await Assert.ThrowsAsync<NotAuthorizedException>(() => kit.SignIn("walt", "Wr0ng!Password").SendAsync());

        Activity signIn = telemetry.Single("cognito.sign_in");
        Assert.Equal(ActivityStatusCode.Error, signIn.Status);
        Assert.Equal("NotAuthorizedException", signIn.StatusDescription);
        Assert.Equal("NotAuthorizedException", signIn.GetTagItem("error.type"));
        Assert.Equal("failure", signIn.GetTagItem("cognito.sign_in.outcome"));
        Activity refused = Assert.Single(telemetry.ChildrenOf(signIn), s => s.DisplayName == "CognitoIdentityProvider.RespondToAuthChallenge");
        Assert.Equal(ActivityStatusCode.Error, refused.Status);
        Assert.Equal("NotAuthorizedException", refused.GetTagItem("error.type"));
        Assert.Equal(400, refused.GetTagItem("http.response.status_code"));
        Assert.False(string.IsNullOrEmpty(refused.GetTagItem("aws.request_id") as string));
        Assert.Equal(1, telemetry.PointWith(
            "cognito.sign_in.steps", ("cognito.sign_in.step", "start"), ("cognito.sign_in.outcome", "failure"), ("error.type", "NotAuthorizedException")).Value);
        Assert.Equal(1, telemetry.PointWith(
            "cognito.client.call.duration", ("rpc.system", "aws-api"), ("rpc.service", UserPools), ("rpc.method", "RespondToAuthChallenge"), ("error.type", "NotAuthorizedException")).Value);
    }

    [Fact]
    public async Task Refresh_RecordsARefreshSpanOverInitiateAuth_AndCountsAndTimesIt()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        await pool.CreateUserAsync("rita", Password);
        ICognitoKit kit = pool.CreateKit(configureServices: s => s.AddMetrics());
        CognitoSession session = Assert.IsType<SignedIn>(await kit.SignIn("rita", Password).SendAsync()).Session;

        using var telemetry = new TelemetryCapture();
        await session.RefreshAsync();

        // A copy of the session (as another server would restore it) refreshes with a token revoked meanwhile.
        CognitoSession copy = kit.Sessions.Restore(session.ToSnapshot());
        await kit.Account(session).RevokeRefreshTokenAsync();
        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => copy.RefreshAsync());

        Activity[] refreshes = [.. telemetry.Spans.Where(s => s.DisplayName == "cognito.session.refresh")];
        Assert.Equal(2, refreshes.Length);
        Activity ok = refreshes[0];
        Assert.Equal(telemetry.RootSpanId, ok.ParentSpanId);
        Assert.Equal("REFRESH_TOKEN_AUTH", ok.GetTagItem("cognito.refresh.flow"));
        Assert.Equal("success", ok.GetTagItem("cognito.outcome"));
        Activity call = Assert.Single(telemetry.ChildrenOf(ok));
        Assert.Equal("CognitoIdentityProvider.InitiateAuth", call.DisplayName);
        Activity refused = refreshes[1];
        Assert.Equal("failure", refused.GetTagItem("cognito.outcome"));
        Assert.Equal("NotAuthorizedException", refused.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, refused.Status);

        Assert.Equal(1, telemetry.PointWith("cognito.session.refreshes", ("cognito.outcome", "success")).Value);
        Assert.Equal(1, telemetry.PointWith("cognito.session.refreshes", ("cognito.outcome", "failure"), ("error.type", "NotAuthorizedException")).Value);
        TelemetryCapture.Point duration = telemetry.PointWith("cognito.session.refresh.duration", ("cognito.outcome", "success"));
        Assert.Equal(1, duration.Value);
        Assert.True(duration.Sum > 0);
        Assert.Equal("s", telemetry.Snapshot("cognito.session.refresh.duration")!.Unit);
    }

    [Fact]
    public async Task RefusedToken_RecordsTheRejectionReason_AndTheJwksFetchUnderTheValidation()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        await pool.CreateUserAsync("vera", Password);
        CognitoSession session = Assert.IsType<SignedIn>(await pool.Kit.SignIn("vera", Password).SendAsync()).Session;
        ICognitoKit fresh = pool.CreateKit(configureServices: s => s.AddMetrics());

        using var telemetry = new TelemetryCapture();
        CognitoTokenValidationResult refused = await fresh.Tokens.ValidateAsync(Tamper(session.Tokens.AccessToken), CognitoTokenUse.Access);
        CognitoTokenValidationResult accepted = await fresh.Tokens.ValidateAsync(session.Tokens.IdToken, CognitoTokenUse.Id);
        Assert.Equal(TokenRejectionReason.InvalidSignature, refused.RejectionReason);
        Assert.True(accepted.IsValid);

        Activity[] validations = [.. telemetry.Spans.Where(s => s.DisplayName == "cognito.token.validate")];
        Assert.Equal(2, validations.Length);
        Activity first = validations[0];
        Assert.Equal("access", first.GetTagItem("cognito.token.use"));
        Assert.Equal("rejected", first.GetTagItem("cognito.token.validation.result"));
        Assert.Equal("InvalidSignature", first.GetTagItem("cognito.token.rejection_reason"));
        Assert.Equal("valid", validations[1].GetTagItem("cognito.token.validation.result"));
        Assert.Null(validations[1].GetTagItem("cognito.token.rejection_reason"));

        // The first validation found no keys: the fetch runs under it.
        Activity fetch = telemetry.Single("cognito.jwks.fetch");
        Assert.Equal(first.SpanId, fetch.ParentSpanId);
        Assert.Equal("success", fetch.GetTagItem("cognito.outcome"));

        Assert.Equal(1, telemetry.PointWith(
            "cognito.token.validations", ("cognito.token.use", "access"), ("cognito.token.validation.result", "rejected"), ("cognito.token.rejection_reason", "InvalidSignature")).Value);
        Assert.Equal(1, telemetry.PointWith("cognito.token.validations", ("cognito.token.use", "id"), ("cognito.token.validation.result", "valid")).Value);
        Assert.Equal(1, telemetry.PointWith("cognito.jwks.fetches", ("cognito.outcome", "success")).Value);
    }

    [Fact]
    public async Task ThrottledThenRetriedCall_ShowsTheRetryAsAnEvent_AndCountsTheThrottleAndTheRetry()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        await pool.CreateUserAsync("theo", Password);
        ICognitoKit kit = pool.CreateKit(o =>
        {
            o.MaxAttempts = 3;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });

        using var telemetry = new TelemetryCapture();
        pool.Emulator.Faults.FailNext("InitiateAuth", errorCode: "TooManyRequestsException", statusCode: 400, message: "Rate exceeded");
        Assert.IsType<SignedIn>(await kit.SignIn("theo", Password).SendAsync());

        Activity call = telemetry.Single("CognitoIdentityProvider.InitiateAuth");
        Assert.Equal(ActivityStatusCode.Unset, call.Status);
        Assert.Null(call.GetTagItem("error.type"));
        ActivityEvent retry = Assert.Single(call.Events);
        Assert.Equal("retry", retry.Name);
        Dictionary<string, object?> attributes = retry.Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Equal(1, attributes["cognito.retry.attempt"]);
        Assert.Equal("TooManyRequestsException", attributes["error.type"]);
        Assert.True((long)attributes["cognito.retry.delay_ms"]! >= 0);

        Assert.Equal(1, telemetry.PointWith("cognito.client.throttles", ("rpc.service", UserPools), ("rpc.method", "InitiateAuth")).Value);
        Assert.Equal(1, telemetry.PointWith(
            "cognito.client.retries", ("rpc.service", UserPools), ("rpc.method", "InitiateAuth"), ("error.type", "TooManyRequestsException")).Value);
        Assert.Equal(1, telemetry.PointWith(
            "cognito.client.call.duration", ("rpc.system", "aws-api"), ("rpc.service", UserPools), ("rpc.method", "InitiateAuth")).Value);
    }

    [Fact]
    public async Task SavedSessions_AreCountedAsActive_UntilRemoved()
    {
        TestPool pool = await emulator.CreatePoolAsync();
        await pool.CreateUserAsync("sam", Password);
        ICognitoKit kit = pool.CreateKit(configureServices: s => s.AddMetrics());
        CognitoSession session = Assert.IsType<SignedIn>(await kit.SignIn("sam", Password).SendAsync()).Session;

        using var telemetry = new TelemetryCapture();
        long before = ActiveSessions(telemetry);
        await kit.Sessions.SaveAsync("user-1", session);
        Assert.Equal(before + 1, ActiveSessions(telemetry));
        await kit.Sessions.RemoveAsync("user-1");
        Assert.Equal(before, ActiveSessions(telemetry));
        Assert.Equal("{session}", telemetry.Snapshot("cognito.sessions.active")!.Unit);
        GC.KeepAlive(session);
    }

    // Sessions other tests left unreferenced are collected first, so only live ones are counted.
    private static long ActiveSessions(TelemetryCapture telemetry)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return telemetry.Points("cognito.sessions.active").Sum(p => p.Value);
    }

    private static string Tamper(string jwt)
    {
        string[] parts = jwt.Split('.');
        char[] signature = parts[2].ToCharArray();
        signature[5] = signature[5] == 'A' ? 'B' : 'A';
        return $"{parts[0]}.{parts[1]}.{new string(signature)}";
    }
}
