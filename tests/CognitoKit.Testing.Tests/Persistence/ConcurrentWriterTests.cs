using System.Diagnostics;
using Xunit.Abstractions;

namespace CognitoKit.Testing.Tests.Persistence;

public sealed class ConcurrentWriterTests
{
    private const int Writers = 200;
    private const int SignUpsPerWriter = 3;
    private readonly ITestOutputHelper output;

    public ConcurrentWriterTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task TwoHundredConcurrentSignUps_AreAllKept_AndShareDiskFlushes()
    {
        var inMemory = await SignUpConcurrentlyAsync(null);
        using var data = new DataDirectory();
        var durable = await SignUpConcurrentlyAsync(data.Path);
        output.WriteLine($"{Writers} writers, {Writers * SignUpsPerWriter} sign-ups + confirms: in memory {inMemory.WritesPerSecond:F0} writes/s; with a data directory {durable.WritesPerSecond:F0} writes/s in {durable.Commits} disk flushes");

        // Group commit: concurrent writers share fsyncs instead of taking one each.
        Assert.True(durable.Commits < Writers * SignUpsPerWriter * 2, $"{durable.Commits} flushes for {Writers * SignUpsPerWriter * 2} writes");

        await using var restarted = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = data.Path });
        foreach (var username in durable.Usernames)
        {
            var user = await restarted.InvokeAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = durable.PoolId, ["Username"] = username });
            Assert.Equal("CONFIRMED", (string?)user["UserStatus"]);
        }
    }

    private static async Task<(double WritesPerSecond, long Commits, string PoolId, List<string> Usernames)> SignUpConcurrentlyAsync(string? dataDirectory)
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = dataDirectory });
        var pool = await cognito.CreateUserPoolAsync();
        var client = await pool.CreateClientAsync();
        using var wire = new Wire(cognito.Endpoint);
        var commitsBefore = cognito.State.Journal?.Commits ?? 0;
        var watch = Stopwatch.StartNew();
        var usernames = await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var mine = new List<string>();
            for (var n = 0; n < SignUpsPerWriter; n++)
            {
                var username = $"w{w}-n{n}";
                await wire.CallAsync("SignUp", new JsonObject { ["ClientId"] = client.ClientId, ["Username"] = username, ["Password"] = "Passw0rd!" });
                await wire.CallAsync("AdminConfirmSignUp", new JsonObject { ["UserPoolId"] = pool.Id, ["Username"] = username });
                mine.Add(username);
            }

            return mine;
        })));
        var elapsed = watch.Elapsed;
        var commits = (cognito.State.Journal?.Commits ?? 0) - commitsBefore;
        return (Writers * SignUpsPerWriter * 2 / elapsed.TotalSeconds, commits, pool.Id, usernames.SelectMany(u => u).ToList());
    }
}
