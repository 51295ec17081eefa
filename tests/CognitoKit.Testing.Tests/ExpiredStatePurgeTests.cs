namespace CognitoKit.Testing.Tests;

/// <summary>
/// What has expired is forgotten on the emulator's clock: a fake clock drives the sweep as it is advanced. Each test shows
/// the behaviour a client sees (the answer changes once the state is gone) and the counts of <c>/_emulator/stats</c>.
/// </summary>
public sealed class ExpiredStatePurgeTests
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    [Fact]
    public async Task ExpiredRefreshToken_AnswersExpired_ThenAnHourLaterIsForgotten()
    {
        await using var s = await Scenario.StartAsync(client: c =>
        {
            c["RefreshTokenValidity"] = 60;
            c["TokenValidityUnits"] = new JsonObject { ["RefreshToken"] = "minutes" };
        });
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var tokens = (await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!;
        var refresh = new JsonObject
        {
            ["AuthFlow"] = "REFRESH_TOKEN_AUTH",
            ["ClientId"] = s.ClientId,
            ["AuthParameters"] = new JsonObject { ["REFRESH_TOKEN"] = tokens["RefreshToken"]!.DeepClone() },
        };
        Assert.Equal(1, (int)(await StatsAsync(s))["refreshTokens"]!);

        s.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal("Refresh Token has expired", await s.Wire.FailAsync("InitiateAuth", refresh.DeepClone().AsObject(), "NotAuthorizedException"));

        s.Clock.Advance(Retention);
        var stats = await StatsAsync(s);
        Assert.Equal(0, (int)stats["refreshTokens"]!);
        Assert.Equal(0, (int)stats["signIns"]!);
        Assert.Equal("Invalid Refresh Token", await s.Wire.FailAsync("InitiateAuth", refresh, "NotAuthorizedException"));
    }

    [Fact]
    public async Task RevokedSignIn_StaysRevokedWhileItsTokensLive_ThenIsForgotten()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var access = (string)(await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!["AccessToken"]!;
        await s.Wire.CallAsync("GlobalSignOut", new JsonObject { ["AccessToken"] = access });

        // Access tokens live an hour here, but the revocation is kept a day: the longest any access or ID token lives.
        s.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(1, (int)(await StatsAsync(s))["signIns"]!);

        s.Clock.Advance(TimeSpan.FromHours(1) + Retention + TimeSpan.FromMinutes(1));
        var stats = await StatsAsync(s);
        Assert.Equal(0, (int)stats["signIns"]!);
        Assert.Equal(0, (int)stats["refreshTokens"]!);
        Assert.Equal("Access Token has expired", await s.Wire.FailAsync("GetUser", new JsonObject { ["AccessToken"] = access }, "NotAuthorizedException"));
    }

    [Fact]
    public async Task SignInThatEndsNormally_IsForgottenOnceItsTokensExpire()
    {
        await using var s = await Scenario.StartAsync(client: c =>
        {
            c["RefreshTokenValidity"] = 60;
            c["TokenValidityUnits"] = new JsonObject { ["RefreshToken"] = "minutes" };
        });
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        for (var i = 0; i < 3; i++)
        {
            await s.SignInAsync("ann", "Passw0rd!");
        }

        Assert.Equal(3, (int)(await StatsAsync(s))["signIns"]!);
        s.Clock.Advance(TimeSpan.FromHours(1) + Retention + TimeSpan.FromMinutes(1));

        var stats = await StatsAsync(s);
        Assert.Equal(0, (int)stats["signIns"]!);
        Assert.Equal(0, (int)stats["refreshTokens"]!);
    }

    [Fact]
    public async Task ExpiredChallengeSession_AnswersExpired_ThenAnHourLaterIsForgotten()
    {
        await using var s = await Scenario.StartAsync();
        await s.Wire.CallAsync("AdminCreateUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "ann", ["TemporaryPassword"] = "Temp0rary!", ["MessageAction"] = "SUPPRESS" });
        await s.Wire.CallAsync("AdminCreateUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "bob", ["TemporaryPassword"] = "Temp0rary!", ["MessageAction"] = "SUPPRESS" });
        var ann = await s.SignInAsync("ann", "Temp0rary!");
        var bob = await s.SignInAsync("bob", "Temp0rary!");
        Assert.Equal(2, (int)(await StatsAsync(s))["authSessions"]!);

        s.Clock.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));
        var expired = await s.Wire.FailAsync("RespondToAuthChallenge", s.Respond(ann, new JsonObject { ["USERNAME"] = "ann", ["NEW_PASSWORD"] = "N3wPassword!" }), "NotAuthorizedException");
        Assert.Contains("session is expired", expired, StringComparison.Ordinal);

        s.Clock.Advance(Retention);
        Assert.Equal(0, (int)(await StatsAsync(s))["authSessions"]!);
        var forgotten = await s.Wire.FailAsync("RespondToAuthChallenge", s.Respond(bob, new JsonObject { ["USERNAME"] = "bob", ["NEW_PASSWORD"] = "N3wPassword!" }), "NotAuthorizedException");
        Assert.Equal("Invalid session for the user.", forgotten);
    }

    [Fact]
    public async Task SignUpSession_IsForgottenAfterItExpires()
    {
        await using var s = await Scenario.StartAsync(p => p["AutoVerifiedAttributes"] = new JsonArray("email"));
        var signUp = await s.Wire.CallAsync("SignUp", new JsonObject
        {
            ["ClientId"] = s.ClientId,
            ["Username"] = "ann",
            ["Password"] = "Passw0rd!",
            ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = "ann@example.com" }),
        });
        Assert.NotNull(signUp["Session"]);
        Assert.Equal(1, (int)(await StatsAsync(s))["authSessions"]!);

        s.Clock.Advance(TimeSpan.FromMinutes(3) + Retention + TimeSpan.FromMinutes(1));

        Assert.Equal(0, (int)(await StatsAsync(s))["authSessions"]!);
    }

    [Fact]
    public async Task ConfirmationCode_SweptAfterItExpires_StillAnswersExpiredCode()
    {
        await using var s = await Scenario.StartAsync(p => p["AutoVerifiedAttributes"] = new JsonArray("email"));
        await s.Wire.CallAsync("SignUp", new JsonObject
        {
            ["ClientId"] = s.ClientId,
            ["Username"] = "ann",
            ["Password"] = "Passw0rd!",
            ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = "ann@example.com" }),
        });
        var code = s.Cognito.Inbox.LatestCode("ann");

        s.Clock.Advance(TimeSpan.FromDays(2));

        await s.Wire.FailAsync("ConfirmSignUp", new JsonObject { ["ClientId"] = s.ClientId, ["Username"] = "ann", ["ConfirmationCode"] = code }, "ExpiredCodeException");
    }

    [Fact]
    public async Task Sweep_RunsOnAccess_WhenTheClockMovesWithoutFiringTimers()
    {
        // A clock whose timers never fire: only the sweep on access can forget anything.
        var clock = new SilentClock(DateTimeOffset.UtcNow);
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { TimeProvider = clock });
        var pool = await cognito.CreateUserPoolAsync("pool");
        var client = await pool.CreateClientAsync("app");
        await pool.AddUserAsync("ann", "Passw0rd!");
        using var wire = new Wire(cognito.Endpoint);
        await wire.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["ClientId"] = client.ClientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann", ["PASSWORD"] = "Passw0rd!" },
        });

        clock.Now += TimeSpan.FromDays(31) + Retention;
        using (await wire.Http.GetAsync("/any-request"))
        {
        }

        using var stats = await wire.Http.GetAsync("/_emulator/stats");
        var body = JsonNode.Parse(await stats.Content.ReadAsStringAsync())!;
        Assert.Equal(0, (int)body["refreshTokens"]!);
        Assert.Equal(0, (int)body["signIns"]!);
    }

    private static async Task<JsonObject> StatsAsync(Scenario s)
    {
        using var response = await s.Wire.Http.GetAsync("/_emulator/stats");
        Assert.Equal(200, (int)response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private sealed class SilentClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new NeverFires();

        private sealed class NeverFires : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
