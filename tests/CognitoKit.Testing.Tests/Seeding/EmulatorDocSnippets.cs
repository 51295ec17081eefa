namespace CognitoKit.Testing.Tests.Seeding;

/// <summary>The C# of docs/emulator.md, compiled and run (DocSnippetMirrorTests checks every line of it is here).</summary>
public sealed class EmulatorDocSnippets
{
    [Fact]
    public async Task SeedFromDotNet_StartsSeeded_AndGivesTheConfigurationKeys()
    {
        // The test runs in its output folder, where the example seed is copied as seed.json.
        Assert.True(File.Exists("seed.json"), "seed.json is not in " + Environment.CurrentDirectory);

        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions
        {
            Seed = CognitoEmulatorSeed.Load("seed.json"),
        });
        EmulatedUserPool pool = cognito.GetUserPool("us-east-1_Example1");
        var client = new EmulatedUserPoolClient("examplewebclient000000001", ClientSecret: null);
        IReadOnlyDictionary<string, string?> settings = cognito.ToConfiguration(pool, client);

        Assert.Equal("us-east-1_Example1", settings["CognitoKit:UserPoolId"]);
        Assert.Equal("examplewebclient000000001", settings["CognitoKit:ClientId"]);
    }
}
