using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace CognitoKit.StackExchangeRedis.Tests.Infrastructure;

/// <summary>
/// A real <c>redis-server</c> (Debian's package) on a free loopback port with its own data directory, started for a test
/// and stopped by process id. A test that needs Redis fails, never skips, when it cannot start.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const string Executable = "/usr/bin/redis-server";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ck-redis-" + Guid.NewGuid().ToString("N")[..12]);
    private Process? _process;

    private RedisServer(int port)
    {
        Port = port;
        Directory.CreateDirectory(_directory);
    }

    public int Port { get; }

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=2000";

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) on the same port and data directory: a restart loads what <see cref="StopAsync"/> saved.</summary>
    public async Task StartAgainAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: install Debian's redis-server package (eng/test.sh does when it runs as root).");
        }

        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _directory, "--save", "", "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited at start with code {_process.ExitCode} (port {Port}).");
            }

            try
            {
                await using ConnectionMultiplexer probe = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},abortConnect=true,connectTimeout=500");
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not answer on port {Port} within 15 s.");
    }

    /// <summary>Stops the server by process id; with <paramref name="save"/>, it first writes its data to disk (a Redis with persistence).</summary>
    public async Task StopAsync(bool save)
    {
        if (save)
        {
            await using ConnectionMultiplexer admin = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},allowAdmin=true,tiebreaker=");
#pragma warning disable CS0618 // a foreground save is what a test that stops the server next wants
            await admin.GetServer("127.0.0.1", Port).SaveAsync(SaveType.ForegroundSave);
#pragma warning restore CS0618
        }

        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Every key and its raw value, as a dump of the server would show them.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DumpAsync()
    {
        await using ConnectionMultiplexer admin = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},allowAdmin=true,tiebreaker=");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        IDatabase db = admin.GetDatabase();
        await foreach (RedisKey key in admin.GetServer("127.0.0.1", Port).KeysAsync(pattern: "*"))
        {
            RedisType type = await db.KeyTypeAsync(key);
            values[key.ToString()] = type switch
            {
                RedisType.String => (await db.StringGetAsync(key)).ToString(),
                RedisType.List => string.Join("\n", (await db.ListRangeAsync(key)).Select(v => v.ToString())),
                RedisType.Hash => string.Join("\n", (await db.HashGetAllAsync(key)).Select(e => e.Name + "=" + e.Value)),
                _ => type.ToString(),
            };
        }

        return values;
    }

    /// <summary>How many commands named <paramref name="command"/> (such as <c>get</c>) the server has run.</summary>
    public async Task<long> CommandCountAsync(string command)
    {
        await using ConnectionMultiplexer admin = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},allowAdmin=true,tiebreaker=");
        IGrouping<string, KeyValuePair<string, string>>[] info = await admin.GetServer("127.0.0.1", Port).InfoAsync("commandstats");
        foreach (KeyValuePair<string, string> line in info.SelectMany(g => g))
        {
            if (line.Key == "cmdstat_" + command)
            {
                string calls = line.Value.Split(',')[0]; // calls=N
                return long.Parse(calls["calls=".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(save: false);
        _process?.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
