namespace CognitoKit.Testing.Tests.Persistence;

/// <summary>A seed with a data directory: the seed makes the first state, and a restart keeps what followed instead of seeding again.</summary>
public sealed class SeedAndDataDirectoryTests
{
    private const string SeededUser = "alice";

    private static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "TestData", "seed.example.json");

    [Fact]
    public async Task Restart_WithTheSameSeed_KeepsTheChangesMadeAfterSeeding_AndDoesNotSeedAgain()
    {
        using var data = new DataDirectory();
        var options = new CognitoEmulatorOptions { DataDirectory = data.Path, Seed = CognitoEmulatorSeed.Load(ExamplePath) };

        await using (var first = await CognitoEmulator.StartAsync(options))
        {
            var pool = first.GetUserPool("us-east-1_Example1");
            await pool.AddUserAsync("added-later", "Added-Passw0rd!");
        }

        await using var second = await CognitoEmulator.StartAsync(options);
        var added = await second.InvokeAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = "us-east-1_Example1", ["Username"] = "added-later" });
        var seeded = await second.InvokeAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = "us-east-1_Example1", ["Username"] = SeededUser });

        Assert.Equal("added-later", (string)added["Username"]!);
        Assert.Equal(SeededUser, (string)seeded["Username"]!);
    }
}
