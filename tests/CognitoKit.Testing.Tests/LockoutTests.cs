namespace CognitoKit.Testing.Tests;

/// <summary>Cognito's temporary lockout after five failed password sign-ins: 2^(n-5) seconds, "Password attempts exceeded".</summary>
public sealed class LockoutTests
{
    private const string Password = "Passw0rd!";
    private const string Wrong = "Wr0ngpass!";

    [Fact]
    public async Task PasswordAuth_AfterFiveWrongPasswords_RefusesEvenTheRightOneWithPasswordAttemptsExceeded()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);

        var messages = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            messages.Add(await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Wrong), "NotAuthorizedException"));
        }

        var locked = await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Password), "NotAuthorizedException");

        Assert.All(messages, m => Assert.Equal("Incorrect username or password.", m));
        Assert.Equal("Password attempts exceeded", locked);
    }

    [Fact]
    public async Task PasswordAuth_FourWrongPasswordsThenTheRightOne_SignsInAndStartsOver()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);
        for (var i = 0; i < 4; i++)
        {
            await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Wrong), "NotAuthorizedException");
        }

        await s.SignInAsync("ann", Password);
        for (var i = 0; i < 4; i++)
        {
            await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Wrong), "NotAuthorizedException");
        }

        Assert.NotNull((await s.SignInAsync("ann", Password))["AuthenticationResult"]);
    }

    [Fact]
    public async Task Lockout_LastsOneSecondThenDoublesWithEachFurtherFailure()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);
        for (var i = 0; i < 5; i++)
        {
            await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Wrong), "NotAuthorizedException");
        }

        s.Clock.Advance(TimeSpan.FromSeconds(1));
        var sixth = await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Wrong), "NotAuthorizedException");
        s.Clock.Advance(TimeSpan.FromSeconds(1));
        var stillLocked = await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Password), "NotAuthorizedException");
        s.Clock.Advance(TimeSpan.FromSeconds(1));
        var signedIn = await s.SignInAsync("ann", Password);

        Assert.Equal("Incorrect username or password.", sixth);
        Assert.Equal("Password attempts exceeded", stillLocked);
        Assert.NotNull(signedIn["AuthenticationResult"]);
    }

    [Fact]
    public async Task Lockout_FifteenQuietMinutes_StartTheCountOver()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);
        for (var i = 0; i < 5; i++)
        {
            await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Wrong), "NotAuthorizedException");
        }

        s.Clock.Advance(TimeSpan.FromMinutes(15));
        var again = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            again.Add(await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Wrong), "NotAuthorizedException"));
        }

        Assert.All(again.Take(5), m => Assert.Equal("Incorrect username or password.", m));
        Assert.Equal("Password attempts exceeded", again[5]);
    }

    [Fact]
    public async Task SrpSignIn_AfterFiveWrongPasswords_AnswersPasswordAttemptsExceededAtTheVerifier()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("Incorrect username or password.", (string?)(await s.SrpSignInAsync("ann", Wrong)).Body["message"]);
        }

        var locked = await s.SrpSignInAsync("ann", Password);

        Assert.Equal("NotAuthorizedException", locked.ErrorType);
        Assert.Equal("Password attempts exceeded", (string?)locked.Body["message"]);
    }

    [Fact]
    public async Task Lockout_CountsFailuresAcrossPasswordAndSrpFlows()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);
        for (var i = 0; i < 3; i++)
        {
            await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Wrong), "NotAuthorizedException");
        }

        await s.SrpSignInAsync("ann", Wrong);
        await s.SrpSignInAsync("ann", Wrong);

        var locked = await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Password), "NotAuthorizedException");
        Assert.Equal("Password attempts exceeded", locked);
    }

    [Fact]
    public async Task UnknownUser_LocksOutExactlyLikeARealUser()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);
        var real = new List<string>();
        var unknown = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            real.Add(await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Wrong), "NotAuthorizedException"));
            unknown.Add(await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("nobody", Wrong), "NotAuthorizedException"));
        }

        Assert.Equal(real, unknown);
        Assert.Equal("Password attempts exceeded", unknown[^1]);
    }

    [Fact]
    public async Task Lockout_OfOneUser_LeavesOthersAlone()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);
        await s.Pool.AddUserAsync("bob", Password);
        for (var i = 0; i < 6; i++)
        {
            await s.Wire.FailAsync("InitiateAuth", s.PasswordAuth("ann", Wrong), "NotAuthorizedException");
        }

        Assert.NotNull((await s.SignInAsync("bob", Password))["AuthenticationResult"]);
    }
}
