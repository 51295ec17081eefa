using System.Diagnostics;
using CognitoKit.Testing.Tests.Seeding;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CognitoKit.Testing.Tests.Tool;

/// <summary>The standalone emulator's command line, run as a process: help, refusals with exit code 2, seeds, clock offset, SIGTERM.</summary>
public sealed class EmulatorCommandLineTests
{
    private static string ExampleSeed => Path.Combine(AppContext.BaseDirectory, "TestData", "seed.example.json");

    [Fact]
    public async Task Help_ListsEveryOptionWithItsDefault_AndExits0()
    {
        var (exitCode, stdout, stderr) = await EmulatorProcess.RunToEndAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        foreach (var (option, defaultValue) in new[]
        {
            ("--port <PORT>", "Default: 9229."), ("--host <ADDRESS>", "Default: 127.0.0.1"), ("--allowed-host <NAME>", "Default: none"),
            ("--region <REGION>", "Default: us-east-1."), ("--seed <FILE>", "Default: none (start empty)."), ("--data <DIR>", "Default: none (memory only)."),
            ("--clock-offset <OFFSET>", "Default: 0."), ("--lambda-endpoint <URL>", "Default: the"),
            ("--request-log-capacity <N>", "Default: 10000."), ("--inbox-capacity <N>", "Default: 10000."),
        })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
            var section = stdout[stdout.IndexOf(option, StringComparison.Ordinal)..];
            var next = section.IndexOf("\n  -", 1, StringComparison.Ordinal);
            Assert.Contains(defaultValue, next < 0 ? section : section[..next], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--bogus", new[] { "--bogus" })]
    [InlineData("--port", new[] { "--port", "abc" })]
    [InlineData("--port", new[] { "--port", "70000" })]
    [InlineData("--port", new[] { "--port" })]
    [InlineData("--port", new[] { "--port", "1", "--port=2" })]
    [InlineData("--host", new[] { "--host", "evil.example" })]
    [InlineData("--allowed-host", new[] { "--allowed-host", "not a name" })]
    [InlineData("--region", new[] { "--region", "Mars" })]
    [InlineData("--clock-offset", new[] { "--clock-offset", "2x" })]
    [InlineData("--lambda-endpoint", new[] { "--lambda-endpoint", "ftp://example.com/" })]
    [InlineData("--request-log-capacity", new[] { "--request-log-capacity", "-1" })]
    [InlineData("stray", new[] { "stray" })]
    public async Task BadCommandLine_Exits2_NamingTheOptionOnStderr(string named, string[] args)
    {
        var (exitCode, stdout, stderr) = await EmulatorProcess.RunToEndAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("cognito-emulator: ", stderr, StringComparison.Ordinal);
        Assert.Contains("'" + named, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidSeedFile_Exits1_NamingTheFileAndTheMember()
    {
        var file = Path.Combine(Path.GetTempPath(), "bad-seed-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, """{ "userPools": [ { "id": "us-east-1_Bad", "name": "bad", "users": [ { "username": "ann", "password": "Passw0rd!", "grups": [] } ] } ] }""");
        try
        {
            var (exitCode, stdout, stderr) = await EmulatorProcess.RunToEndAsync("--port", "0", "--seed", file);

            Assert.Equal(1, exitCode);
            Assert.DoesNotContain("listening", stdout, StringComparison.Ordinal);
            Assert.Contains(file, stderr, StringComparison.Ordinal);
            Assert.Contains("$.userPools[0].users[0].grups", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Passw0rd!", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Seeded_WithAClockOffset_IssuesTokensOnTheShiftedClock_AndExits0OnSigterm()
    {
        await using var emulator = await EmulatorProcess.StartAsync("dotnet", EmulatorProcess.EmulatorDll, "--port", "0", "--seed", ExampleSeed, "--clock-offset", "+2h");
        using var wire = new Wire(emulator.Endpoint);

        var result = await wire.CallAsync("InitiateAuth", SeedFileTests.PasswordAuth("examplewebclient000000001", "alice", "Example-Passw0rd"));

        var issuedAt = new JsonWebToken((string)result["AuthenticationResult"]!["IdToken"]!).IssuedAt;
        Assert.InRange(issuedAt - DateTime.UtcNow, TimeSpan.FromMinutes(115), TimeSpan.FromMinutes(125));
        Assert.Contains("seed.example.json", emulator.ReadyLine, StringComparison.Ordinal);
        Assert.Equal(0, await emulator.StopAsync());
    }

    [Fact]
    public async Task PackedTool_InstallsFromALocalFolder_RunsSeeded_AndExits0OnSigterm()
    {
        var work = Directory.CreateTempSubdirectory("cognito-emulator-tool-");
        try
        {
            var packages = Path.Combine(work.FullName, "packages");
            var project = Path.Combine(EmulatorProcess.RepoRoot, "src", "CognitoKit.Emulator", "CognitoKit.Emulator.csproj");
            await RunAsync(null, "dotnet", "pack", project, "-c", EmulatorProcess.Configuration, "--no-build", "-nologo", "-o", packages);
            var package = Assert.Single(Directory.GetFiles(packages, "CognitoKit.Emulator.*.nupkg"));
            var version = Path.GetFileNameWithoutExtension(package)["CognitoKit.Emulator.".Length..];

            // Only the local folder as a source: the tool must install offline, from what was packed.
            var config = Path.Combine(work.FullName, "nuget.config");
            await File.WriteAllTextAsync(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
                """);
            var tools = Path.Combine(work.FullName, "tools");
            await RunAsync(Path.Combine(work.FullName, "nuget"), "dotnet", "tool", "install", "--tool-path", tools, "--configfile", config, "CognitoKit.Emulator", "--version", version);

            await using var emulator = await EmulatorProcess.StartAsync(Path.Combine(tools, "cognito-emulator"), "--port", "0", "--seed", ExampleSeed);
            using var wire = new Wire(emulator.Endpoint);
            var result = await wire.CallAsync("InitiateAuth", SeedFileTests.PasswordAuth("exampleserviceclient00001", "alice", "Example-Passw0rd", "exampleservicesecret000000000000000000000001"));

            Assert.Equal("alice", new JsonWebToken((string)result["AuthenticationResult"]!["AccessToken"]!).GetClaim("username").Value);
            Assert.Equal(0, await emulator.StopAsync());
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <param name="packageFolder">A private NuGet package folder, so that a package of the same version cached by an earlier run cannot stand in for this one.</param>
    private static async Task RunAsync(string? packageFolder, string fileName, params string[] args)
    {
        var info = new ProcessStartInfo(fileName, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (packageFolder is not null)
        {
            info.Environment["NUGET_PACKAGES"] = packageFolder;
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', args)} exited {process.ExitCode}:\n{await stdout}\n{await stderr}");
    }
}
