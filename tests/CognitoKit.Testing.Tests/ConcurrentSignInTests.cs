namespace CognitoKit.Testing.Tests;

/// <summary>Sign-ins on one pool do their SRP maths outside the pool lock; concurrency must not mix them up.</summary>
public sealed class ConcurrentSignInTests
{
    private const string Password = "Passw0rd!";

    [Fact]
    public async Task ConcurrentSrpSignIns_OnOnePool_EachSignsInItsOwnUser()
    {
        await using var s = await Scenario.StartAsync();
        var users = Enumerable.Range(0, 8).Select(i => "user" + i).ToList();
        foreach (var user in users)
        {
            await s.Pool.AddUserAsync(user, Password);
        }

        var attempts = users.SelectMany(u => new[] { u, u, u }).ToList();
        var responses = await Task.WhenAll(attempts.Select(u => Task.Run(() => s.SrpSignInAsync(u, Password))));

        for (var i = 0; i < attempts.Count; i++)
        {
            Assert.Equal(200, responses[i].Status);
            var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken((string)responses[i].Body["AuthenticationResult"]!["AccessToken"]!);
            Assert.Equal(attempts[i], token.GetClaim("username").Value);
        }
    }

    [Fact]
    public async Task ConcurrentSignIns_WithRightAndWrongPasswordsAndUnknownUsers_EachGetsItsOwnAnswer()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", Password);
        await s.Pool.AddUserAsync("bob", Password);
        var cases = new (string User, string Password, bool Srp, int Status)[]
        {
            ("ann", Password, true, 200), ("bob", "Wr0ngpass!", true, 400), ("nobody", Password, true, 400),
            ("bob", Password, false, 200), ("ann", "Wr0ngpass!", false, 400), ("ghost", Password, false, 400),
            ("bob", Password, true, 200), ("ann", Password, false, 200),
        };

        var responses = await Task.WhenAll(cases.Select(c => Task.Run(() => c.Srp
            ? s.SrpSignInAsync(c.User, c.Password)
            : s.Wire.SendAsync("InitiateAuth", s.PasswordAuth(c.User, c.Password)))));

        for (var i = 0; i < cases.Length; i++)
        {
            Assert.Equal(cases[i].Status, responses[i].Status);
            Assert.Equal(cases[i].Status == 200 ? null : "Incorrect username or password.", (string?)responses[i].Body["message"]);
        }
    }
}
