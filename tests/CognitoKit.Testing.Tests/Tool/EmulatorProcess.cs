using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CognitoKit.Testing.Tests.Tool;

/// <summary>
/// The standalone emulator as a child process: started, read until its ready line, stopped with SIGTERM. The built
/// emulator is a project reference of this test project, so it is always there; if it is not, the tests fail.
/// </summary>
internal sealed partial class EmulatorProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private EmulatorProcess(Process process) => this.process = process;

    /// <summary>The repository root (the folder holding CognitoKit.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CognitoKit.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("CognitoKit.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Release or Debug: the configuration this test assembly was built in (bin/{configuration}/{tfm}/).</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The built emulator, as eng/test.sh and the interop suite run it.</summary>
    public static string EmulatorDll
    {
        get
        {
            var dll = Path.Combine(RepoRoot, "src", "CognitoKit.Emulator", "bin", Configuration, "net10.0", "CognitoKit.Emulator.dll");
            Assert.True(File.Exists(dll), "The standalone emulator is not built at " + dll);
            return dll;
        }
    }

    public Uri Endpoint => ready.Task.IsCompletedSuccessfully ? ready.Task.Result : throw new InvalidOperationException("Not ready.");

    public string ReadyLine { get; private set; } = string.Empty;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Runs the built emulator dll with <paramref name="args"/> to completion; returns its exit code and outputs.</summary>
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunToEndAsync(params string[] args)
    {
        using var process = Process.Start(Info("dotnet", [EmulatorDll, .. args]))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts <paramref name="fileName"/> (the dotnet host or an installed tool) and waits for its ready line.</summary>
    public static async Task<EmulatorProcess> StartAsync(string fileName, params string[] args)
    {
        var emulator = new EmulatorProcess(Process.Start(Info(fileName, args))!);
        emulator.process.OutputDataReceived += (_, e) => emulator.OnLine(e.Data);
        emulator.process.ErrorDataReceived += (_, e) => emulator.OnLine(e.Data);
        emulator.process.EnableRaisingEvents = true;
        emulator.process.Exited += (_, _) => emulator.ready.TrySetException(new InvalidOperationException("The emulator exited before it was ready."));
        emulator.process.BeginOutputReadLine();
        emulator.process.BeginErrorReadLine();
        try
        {
            await emulator.ready.Task.WaitAsync(StartTimeout);
        }
        catch (Exception error)
        {
            await emulator.DisposeAsync();
            throw new InvalidOperationException("The emulator did not become ready: " + error.Message + " Output:\n" + emulator.Output, error);
        }

        return emulator;
    }

    /// <summary>Sends SIGTERM and returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!)
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static ProcessStartInfo Info(string fileName, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(fileName, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (ReadyPattern().Match(line) is { Success: true } match)
        {
            ReadyLine = line;
            ready.TrySetResult(new Uri(match.Groups[1].Value + "/"));
        }
    }

    [GeneratedRegex(@"^CognitoKit emulator listening on (http://\S+) ")]
    private static partial Regex ReadyPattern();
}
