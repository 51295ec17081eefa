using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace CognitoKit.Testing.Tests.Persistence;

/// <summary>
/// The standalone host with <c>--data</c>, killed with SIGKILL while 200 callers sign up and confirm, then started again
/// on the same directory, several times over: every confirm that was answered with success must survive.
/// </summary>
public sealed partial class KilledProcessTests
{
    private const int Writers = 200;
    private const int Rounds = 3;
    private const string Password = "Passw0rd!";
    private readonly ITestOutputHelper output;

    public KilledProcessTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task KilledMidStream_LosesNoConfirmedSignUp_AndTheStoreOpensEachTime()
    {
        using var data = new DataDirectory();
        var confirmed = new ConcurrentBag<string>();
        string? poolId = null, clientId = null;
        for (var round = 0; round < Rounds; round++)
        {
            using var host = await EmulatorProcess.StartAsync(data.Path);
            using var wire = new Wire(host.Endpoint);
            if (poolId is null)
            {
                poolId = (string)(await wire.CallAsync("CreateUserPool", new JsonObject { ["PoolName"] = "durable" }))["UserPool"]!["Id"]!;
                clientId = (string)(await wire.CallAsync("CreateUserPoolClient", new JsonObject { ["UserPoolId"] = poolId, ["ClientName"] = "app", ["ExplicitAuthFlows"] = new JsonArray("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH") }))["UserPoolClient"]!["ClientId"]!;
            }
            else
            {
                // What was confirmed before the last kill is there before anything else happens.
                await AssertAllConfirmedAsync(wire, poolId, clientId!, confirmed, signIn: false);
            }

            // One sign-up on its own first, so the kill falls among the concurrent ones rather than during warm-up.
            var warmUp = $"r{round}-warm-up";
            await wire.CallAsync("SignUp", new JsonObject { ["ClientId"] = clientId, ["Username"] = warmUp, ["Password"] = Password });
            await wire.CallAsync("AdminConfirmSignUp", new JsonObject { ["UserPoolId"] = poolId, ["Username"] = warmUp });
            confirmed.Add(warmUp);

            using var stop = new CancellationTokenSource();
            var acknowledged = 0;
            var killed = false;
            var watch = Stopwatch.StartNew();
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var username = $"r{round}-w{w}-n{n}";
                    try
                    {
                        await wire.CallAsync("SignUp", new JsonObject { ["ClientId"] = clientId, ["Username"] = username, ["Password"] = Password });
                        await wire.CallAsync("AdminConfirmSignUp", new JsonObject { ["UserPoolId"] = poolId, ["Username"] = username });
                        confirmed.Add(username);
                        Interlocked.Increment(ref acknowledged);
                    }
                    catch (Exception) when (Volatile.Read(ref killed))
                    {
                        // Killed mid-call: no answer, so no promise was made. A failure before the kill fails the test.
                        return;
                    }
                }
            })).ToArray();

            // Kill while the writers are busy: at a varying point, once some sign-ups went through.
            while (Volatile.Read(ref acknowledged) < 20 + (round * 10) && watch.Elapsed < TimeSpan.FromSeconds(45) && !writers.Any(w => w.IsFaulted))
            {
                await Task.Delay(20);
            }

            Volatile.Write(ref killed, true);
            host.Kill();
            var rate = acknowledged / watch.Elapsed.TotalSeconds;
            await stop.CancelAsync();
            await Task.WhenAll(writers);
            output.WriteLine($"round {round}: {acknowledged} confirmed sign-ups in {watch.Elapsed.TotalSeconds:F1} s ({rate:F0}/s, {2 * rate:F0} writes/s) before kill -9");
            Assert.True(acknowledged > 0, "Some sign-ups were answered before the kill.");
        }

        using var last = await EmulatorProcess.StartAsync(data.Path);
        using var final = new Wire(last.Endpoint);
        await AssertAllConfirmedAsync(final, poolId!, clientId!, confirmed, signIn: true);
        output.WriteLine($"{confirmed.Count} confirmed users present after {Rounds} kills");
    }

    private static async Task AssertAllConfirmedAsync(Wire wire, string poolId, string clientId, IEnumerable<string> confirmed, bool signIn)
    {
        using var throttle = new SemaphoreSlim(16);
        await Task.WhenAll(confirmed.Select(async username =>
        {
            await throttle.WaitAsync();
            try
            {
                var user = await wire.CallAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = poolId, ["Username"] = username });
                Assert.Equal("CONFIRMED", (string?)user["UserStatus"]);
                if (signIn)
                {
                    var result = await wire.CallAsync("InitiateAuth", new JsonObject
                    {
                        ["AuthFlow"] = "USER_PASSWORD_AUTH",
                        ["ClientId"] = clientId,
                        ["AuthParameters"] = new JsonObject { ["USERNAME"] = username, ["PASSWORD"] = Password },
                    });
                    Assert.NotNull(result["AuthenticationResult"]?["AccessToken"]);
                }
            }
            finally
            {
                throttle.Release();
            }
        }));
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ReadyLine();

    /// <summary>The built standalone host (<c>dotnet CognitoKit.Emulator.dll --port 0 --data DIR</c>), ready once it prints its endpoint.</summary>
    private sealed class EmulatorProcess : IDisposable
    {
        private readonly Process process;

        private EmulatorProcess(Process process, Uri endpoint)
        {
            this.process = process;
            Endpoint = endpoint;
        }

        public Uri Endpoint { get; }

        public bool HasExited => process.HasExited;

        public static async Task<EmulatorProcess> StartAsync(string dataDirectory)
        {
            var host = typeof(KilledProcessTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "EmulatorHostPath").Value!;
            Assert.True(File.Exists(host), "The standalone host is built next to the tests: " + host);
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { host, "--port", "0", "--data", dataDirectory })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (ReadyLine().Match(line) is { Success: true } match)
                {
                    _ = process.StandardOutput.ReadToEndAsync();
                    return new EmulatorProcess(process, new Uri(match.Groups[1].Value + "/"));
                }
            }

            await process.WaitForExitAsync();
            throw new InvalidOperationException($"The emulator exited with {process.ExitCode} before it was ready: {await errors}");
        }

        /// <summary>SIGKILL: no shutdown, no final flush.</summary>
        public void Kill()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                Kill();
            }

            process.Dispose();
        }
    }
}
