using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Reports;

namespace CognitoKit.Benchmarks;

/// <summary>
/// The aws-jwt-verify row of <see cref="TokenValidationBenchmarks"/>: when the run includes that suite, the harness writes
/// the token fixture, runs node/verify-aws-jwt-verify.mjs on it before and after BenchmarkDotNet's run, and prints one
/// table with the .NET rows (BenchmarkDotNet's medians) and the node row (the script's own timer).
/// </summary>
public static class TokenValidationNodeRow
{
    private const string Suite = "CognitoKit.Benchmarks.TokenValidationBenchmarks";

    /// <summary>Whether a <c>--filter</c> of <paramref name="args"/> selects the token-validation suite.</summary>
    public static bool IsSelected(string[] args)
    {
        var patterns = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "--filter" or "-f")
            {
                for (int j = i + 1; j < args.Length && !args[j].StartsWith('-'); j++)
                {
                    patterns.Add(args[j]);
                }
            }
        }

        return patterns.Exists(p => Regex.IsMatch(Suite + ".CognitoKitValidate", "^" + Regex.Escape(p).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$"));
    }

    /// <summary>Writes the fixture for this run and points the benchmark at it.</summary>
    public static string PrepareFixture()
    {
        string path = Path.Combine(Path.GetTempPath(), $"cognitokit-bench-token-{Environment.ProcessId}.json");
        TokenValidationFixture.LoadOrCreate().Save(path);
        Environment.SetEnvironmentVariable(TokenValidationFixture.EnvironmentVariable, path);
        return path;
    }

    /// <summary>Runs the node script once on the fixture; throws with a clear message when node or the package is missing.</summary>
    public static NodeTiming Measure(string fixturePath)
    {
        string script = Path.Combine(RepositoryRoot(), "bench", "CognitoKit.Benchmarks", "node", "verify-aws-jwt-verify.mjs");
        string package = Path.Combine(RepositoryRoot(), "tests", "interop", "node_modules", "aws-jwt-verify", "package.json");
        if (!File.Exists(package))
        {
            throw new InvalidOperationException("aws-jwt-verify is not installed: run `npm ci` in tests/interop (it pins the version).");
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(fixturePath);
        string load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("node is not on PATH: install Node.js 20 or later to measure the aws-jwt-verify row.", ex);
        }

        using (process)
        {
            Task<string> error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"The aws-jwt-verify script failed (exit {process.ExitCode}): {error.Result}");
            }

            using JsonDocument json = JsonDocument.Parse(output);
            JsonElement root = json.RootElement;
            return new NodeTiming(
                root.GetProperty("version").GetString()!,
                root.GetProperty("node").GetString()!,
                root.GetProperty("medianMicroseconds").GetDouble(),
                root.GetProperty("minMicroseconds").GetDouble(),
                root.GetProperty("maxMicroseconds").GetDouble(),
                load);
        }
    }

    /// <summary>Prints the token-validation rows of <paramref name="summaries"/> with the node row, ratios to the baseline.</summary>
    public static void Print(IEnumerable<Summary> summaries, NodeTiming before, NodeTiming after)
    {
        BenchmarkReport[] reports = [.. summaries.SelectMany(s => s.Reports)
            .Where(r => r.BenchmarkCase.Descriptor.Type == typeof(TokenValidationBenchmarks) && r.ResultStatistics is not null)];
        BenchmarkReport? baseline = reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(TokenValidationBenchmarks.BareRs256Check));
        double nodeMedian = (before.MedianMicroseconds + after.MedianMicroseconds) / 2;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine("// * Token validation next to aws-jwt-verify (same run) *");
        Console.WriteLine($"// aws-jwt-verify {after.Version} on node {after.Node}, timed by its own script (process.hrtime, median of rounds after warm-up);");
        Console.WriteLine($"// run before BenchmarkDotNet: {before.MedianMicroseconds.ToString("F2", c)} µs (rounds {before.MinMicroseconds.ToString("F2", c)}-{before.MaxMicroseconds.ToString("F2", c)}, load {before.Load});");
        Console.WriteLine($"// run after:                  {after.MedianMicroseconds.ToString("F2", c)} µs (rounds {after.MinMicroseconds.ToString("F2", c)}-{after.MaxMicroseconds.ToString("F2", c)}, load {after.Load}).");
        Console.WriteLine();
        Console.WriteLine("| Method | Median | Ratio to BareRs256Check | Allocated | Timer |");
        Console.WriteLine("| --- | ---: | ---: | ---: | --- |");
        double? baselineNs = baseline?.ResultStatistics!.Median;
        foreach (BenchmarkReport report in reports)
        {
            double median = report.ResultStatistics!.Median;
            string ratio = baselineNs is { } b ? (median / b).ToString("F2", c) : "n/a";
            long allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            Console.WriteLine($"| {report.BenchmarkCase.Descriptor.WorkloadMethod.Name} | {Format(median)} | {ratio} | {allocated.ToString("N0", c)} B | BenchmarkDotNet |");
        }

        string nodeRatio = baselineNs is { } bn ? (nodeMedian * 1000 / bn).ToString("F2", c) : "n/a";
        Console.WriteLine($"| aws-jwt-verify {after.Version} verifySync (node {after.Node}) | {nodeMedian.ToString("F2", c)} µs | {nodeRatio} | n/a | own script, mean of the before and after medians |");
    }

    private static string Format(double nanoseconds) => nanoseconds >= 1000
        ? (nanoseconds / 1000).ToString("F2", CultureInfo.InvariantCulture) + " µs"
        : nanoseconds.ToString("F1", CultureInfo.InvariantCulture) + " ns";

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CognitoKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: CognitoKit.sln was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One run of the aws-jwt-verify script: µs per token, and the load average when it started.</summary>
public sealed record NodeTiming(string Version, string Node, double MedianMicroseconds, double MinMicroseconds, double MaxMicroseconds, string Load);
