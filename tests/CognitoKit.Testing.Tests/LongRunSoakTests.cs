using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace CognitoKit.Testing.Tests;

/// <summary>Runs alone: the live heap it measures is the whole test process's, so no other test may allocate meanwhile.</summary>
[CollectionDefinition(nameof(LongRunSoakTests), DisableParallelization = true)]
public sealed class SoakCollection;

/// <summary>
/// Days of traffic on a fake clock: sign-in, server-side validation (GetUser), refresh and sign-out, again and again,
/// with the clock moved 20 minutes after each loop. The live heap, measured after a full compacting GC, must not grow
/// while the number of requests grows tenfold. <c>SOAK_ITERATIONS</c> makes the run longer (the default keeps it under a
/// minute on a loaded machine).
/// </summary>
[Collection(nameof(LongRunSoakTests))]
public sealed class LongRunSoakTests(ITestOutputHelper output)
{
    /// <summary>The fake time between loops.</summary>
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(20);

    /// <summary>
    /// Enough loops that every store is at its steady size: a revoked sign-in is kept a day, plus the hour of retention,
    /// which is 75 loops; the request log fills in 100.
    /// </summary>
    private const int WarmLoops = 100;

    /// <summary>
    /// The growth allowed between the warm checkpoint and the last. At the warm checkpoint the request log is full (its
    /// capacity of 400 requests is reached after 100 loops) and every store holds its steady ~75 sign-ins, so what is
    /// live afterwards should be the same; 1 MB leaves room for JIT, Kestrel and connection buffers that settle late.
    /// Measured here: with a log that keeps everything the heap grows ~7 MB over the default run (~2 KB per request); with the log bounded but nothing purged, ~900 bytes per loop.
    /// </summary>
    private const long AllowedGrowthBytes = 1024 * 1024;

    /// <summary>
    /// The steady growth allowed over the later half of the run, by least squares over its checkpoints: a single late
    /// jump of the heap moves it little, a leak of a few hundred bytes per loop (unpurged sign-ins leave ~900) does not hide.
    /// </summary>
    private const double AllowedBytesPerLoop = 250;

    /// <summary>The sign-ins a revoked one is kept for (a day and the hour of retention), in loops, with one of slack.</summary>
    private const int SteadySignIns = (25 * 60 / 20) + 1;

    [Fact]
    public async Task SignInValidateRefreshSignOut_ForTenfoldTheRequests_KeepsTheLiveHeapFlat()
    {
        var totalLoops = int.TryParse(Environment.GetEnvironmentVariable("SOAK_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > WarmLoops * 10
            ? n
            : WarmLoops * 10;
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { TimeProvider = clock, RequestLogCapacity = 400, InboxCapacity = 100 });
        var pool = await cognito.CreateUserPoolAsync("soak");
        var client = await pool.CreateClientAsync("app", configure: c =>
        {
            c["AccessTokenValidity"] = 5;
            c["IdTokenValidity"] = 5;
            c["RefreshTokenValidity"] = 60;
            c["TokenValidityUnits"] = new JsonObject { ["AccessToken"] = "minutes", ["IdToken"] = "minutes", ["RefreshToken"] = "minutes" };
        });
        await pool.AddUserAsync("ann", "Passw0rd!");
        using var wire = new Wire(cognito.Endpoint);

        var checkpoints = new List<(int Loop, int Requests, long Heap)>();
        var watch = Stopwatch.StartNew();
        for (var loop = 1; loop <= totalLoops; loop++)
        {
            await OneLoopAsync(wire, client.ClientId);
            clock.Advance(Step);
            if (loop >= WarmLoops && loop % (totalLoops / 10) == 0)
            {
                checkpoints.Add((loop, cognito.Requests.Total, LiveHeap()));
                output.WriteLine($"{loop} loops, {cognito.Requests.Total} requests, live heap {checkpoints[^1].Heap / 1024} KB, {watch.Elapsed.TotalSeconds:F1} s");
            }
        }

        var stats = JsonNode.Parse(await wire.Http.GetStringAsync("/_emulator/stats"))!;
        output.WriteLine($"stats {stats.ToJsonString()}");
        var (warm, last) = (checkpoints[0], checkpoints[^1]);
        var laterHalf = checkpoints.Skip(checkpoints.Count / 2).ToList();
        var bytesPerLoop = Slope(laterHalf.Select(c => ((double)c.Loop, (double)c.Heap)).ToList());
        output.WriteLine($"growth {(last.Heap - warm.Heap) / 1024} KB from {warm.Loop} to {last.Loop} loops; later half {bytesPerLoop:F0} bytes per loop");

        Assert.True(last.Requests >= warm.Requests * 10, $"{last.Requests} requests, not tenfold {warm.Requests}");
        Assert.True(last.Heap - warm.Heap < AllowedGrowthBytes, $"The live heap grew by {(last.Heap - warm.Heap) / 1024} KB from {warm.Heap / 1024} KB.");
        Assert.True(bytesPerLoop < AllowedBytesPerLoop, $"The live heap still grows by {bytesPerLoop:F0} bytes per loop.");
        Assert.Equal(400, (int)stats["requestLog"]!["held"]!);
        Assert.True((int)stats["signIns"]! <= SteadySignIns, $"{stats["signIns"]} sign-ins held, more than the {SteadySignIns} whose tokens can still be presented.");
    }

    /// <summary>The least-squares slope of y over x.</summary>
    private static double Slope(List<(double X, double Y)> points)
    {
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        return points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / points.Sum(p => (p.X - meanX) * (p.X - meanX));
    }

    private static async Task OneLoopAsync(Wire wire, string clientId)
    {
        var signIn = await wire.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["ClientId"] = clientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann", ["PASSWORD"] = "Passw0rd!" },
        });
        var tokens = signIn["AuthenticationResult"]!;
        await wire.CallAsync("GetUser", new JsonObject { ["AccessToken"] = tokens["AccessToken"]!.DeepClone() });
        var refreshed = await wire.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "REFRESH_TOKEN_AUTH",
            ["ClientId"] = clientId,
            ["AuthParameters"] = new JsonObject { ["REFRESH_TOKEN"] = tokens["RefreshToken"]!.DeepClone() },
        });
        await wire.CallAsync("GlobalSignOut", new JsonObject { ["AccessToken"] = refreshed["AuthenticationResult"]!["AccessToken"]!.DeepClone() });
    }

    private static long LiveHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
