using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CognitoKit.IntegrationTests.CognitoLocal;

/// <summary>
/// One cognito-local process (the npm package pinned in the repository's package.json), started from a fresh temporary
/// data directory on a free port and killed by its process id. When node or the package is missing, or the peer does
/// not answer <c>/health</c>, starting throws with the reason: the tests fail, they are never skipped.
/// </summary>
internal sealed class CognitoLocalPeer : IAsyncDisposable
{
    /// <summary>Every confirmation and reset code cognito-local sends (its <c>CODE</c> setting).</summary>
    public const string FixedCode = "123456";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly StringBuilder _output;

    private CognitoLocalPeer(Process process, string dataDirectory, Uri endpoint, StringBuilder output)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        Endpoint = endpoint;
        _output = output;
    }

    /// <summary>The peer's base address.</summary>
    public Uri Endpoint { get; }

    public static async Task<CognitoLocalPeer> StartAsync()
    {
        string script = FindStartScript();
        string dataDirectory = Path.Combine(Path.GetTempPath(), "cognito-local-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dataDirectory, ".cognito"));
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, ".cognito", "config.json"), """{"UserPoolDefaults":{"UsernameAttributes":[]}}""");

        int port = FreePort();
        var info = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["HOST"] = "127.0.0.1";
        info.Environment["CODE"] = FixedCode;

        var output = new StringBuilder();
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("cognito-local: 'node' did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("cognito-local needs Node.js: 'node' could not be started (" + ex.Message + "). Install Node 18+ and run 'npm ci' in the repository root.", ex);
        }

        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var peer = new CognitoLocalPeer(process, dataDirectory, new Uri($"http://127.0.0.1:{port}/"), output);
        try
        {
            await peer.WaitUntilHealthyAsync().ConfigureAwait(false);
            return peer;
        }
        catch
        {
            await peer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                using Process byId = Process.GetProcessById(_process.Id);
                byId.Kill(entireProcessTree: true);
                await byId.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // It has already exited.
        }
        finally
        {
            _process.Dispose();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp directory is harmless.
            }
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"cognito-local exited with code {_process.ExitCode} before it answered /health. Its output:\n{Output}");
            }

            try
            {
                using HttpResponseMessage response = await http.GetAsync(new Uri(Endpoint, "health")).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"cognito-local did not answer GET {Endpoint}health within {StartTimeout.TotalSeconds} s. Its output:\n{Output}");
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string FindStartScript()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "node_modules", "cognito-local", "lib", "bin", "start.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(Path.Combine(dir.FullName, "CognitoKit.sln")))
            {
                throw new InvalidOperationException(
                    $"cognito-local is not installed: {candidate} does not exist. Run 'npm ci' in {dir.FullName} (cognito-local is pinned in package.json).");
            }
        }

        throw new InvalidOperationException("cognito-local: the repository root (CognitoKit.sln) was not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
