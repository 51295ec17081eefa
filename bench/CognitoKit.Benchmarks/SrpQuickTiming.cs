using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Benchmarks;

/// <summary>
/// <c>--srp-quick [rounds] [warm-up]</c>: a few rows of <see cref="SrpBenchmarks"/> timed with a stopwatch, for machines
/// where BenchmarkDotNet would take hours (an arm64 process under user-mode emulation). Same inputs and same process
/// for every row: after the warm-up, each round calls every row once in turn, so a change of load hits all rows alike;
/// the table shows each row's median and fastest call and its ratio to OpenSSL's <c>BN_mod_exp</c>. The rows' results
/// must agree (every backend computes the same value from the same inputs), or the run fails.
/// </summary>
internal static class SrpQuickTiming
{
    public const string Option = "--srp-quick";

    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        int warmUp = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        if (rounds < 1 || warmUp < 0)
        {
            Console.Error.WriteLine($"usage: {Option} [rounds >= 1] [warm-up >= 0]");
            return 2;
        }

        if (SrpGroup.NativeArithmetic is null || !OpenSslModExp.IsAvailable)
        {
            Console.Error.WriteLine("error: libcrypto.so.3 did not load, so there is no OpenSSL row to compare with.");
            return 1;
        }

        var bench = new SrpBenchmarks();
        bench.Setup();
        Console.WriteLine($"process {RuntimeInformation.ProcessArchitecture}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}");
        Console.WriteLine($"OpenSSL: {OpenSslModExp.Version}; default SRP backend: {SrpGroup.Arithmetic.Name}; managed kernel: {SrpGroup.ManagedArithmetic.Name}");
        Console.WriteLine($"DOTNET_TieredCompilation={Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? "(unset)"}; {rounds} rounds after {warmUp} warm-up calls per row");

        bool ok = Group(
            "PublicValue (A = 2^a mod N)",
            [
                ("ComputeA_BigIntegerModPow", () => bench.ComputeA_BigIntegerModPow()),
                ("ComputeA_CognitoKitDefault", () => bench.ComputeA_CognitoKitDefault()),
                ("ComputeA_CognitoKitManaged", () => bench.ComputeA_CognitoKitManaged()),
                ("ComputeA_CognitoKitManagedPortable", () => bench.ComputeA_CognitoKitManagedPortable()),
                ("ComputeA_CognitoKitOpenSslConstTime", () => bench.ComputeA_CognitoKitOpenSslConstTime()),
                ("ComputeA_OpenSslBnModExpLimit", () => bench.ComputeA_OpenSslBnModExpLimit()),
            ],
            rounds,
            warmUp);
        ok &= Group(
            "PasswordClaim (two exponentiations plus hashing)",
            [
                ("PasswordClaim_BigIntegerModPow", () => bench.PasswordClaim_BigIntegerModPow()),
                ("PasswordClaim_CognitoKitDefault", () => bench.PasswordClaim_CognitoKitDefault()),
                ("PasswordClaim_CognitoKitManaged", () => bench.PasswordClaim_CognitoKitManaged()),
                ("PasswordClaim_CognitoKitManagedPortable", () => bench.PasswordClaim_CognitoKitManagedPortable()),
                ("PasswordClaim_CognitoKitOpenSslConstTime", () => bench.PasswordClaim_CognitoKitOpenSslConstTime()),
                ("PasswordClaim_OpenSslBnModExpLimit", () => bench.PasswordClaim_OpenSslBnModExpLimit()),
            ],
            rounds,
            warmUp);
        return ok ? 0 : 1;
    }

    private static bool Group(string title, (string Name, Func<object> Call)[] rows, int rounds, int warmUp)
    {
        // Every row once first: their results must be one and the same value.
        string[] results = [.. rows.Select(row => row.Call().ToString() ?? string.Empty)];
        if (results.Distinct(StringComparer.Ordinal).Count() != 1)
        {
            Console.Error.WriteLine($"error: the rows of {title} disagree on the result.");
            return false;
        }

        for (int i = 0; i < warmUp; i++)
        {
            foreach ((_, Func<object> call) in rows)
            {
                call();
            }
        }

        var times = rows.Select(_ => new List<double>(rounds)).ToArray();
        for (int round = 0; round < rounds; round++)
        {
            for (int r = 0; r < rows.Length; r++)
            {
                long start = Stopwatch.GetTimestamp();
                rows[r].Call();
                times[r].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        double limit = Median(times[^1]);
        Console.WriteLine();
        Console.WriteLine($"{title}: results agree across rows");
        Console.WriteLine($"{"row",-42} {"median ms",10} {"min ms",10} {"/ BN_mod_exp",13}");
        for (int r = 0; r < rows.Length; r++)
        {
            double median = Median(times[r]);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{rows[r].Name,-42} {median,10:F2} {times[r].Min(),10:F2} {median / limit,12:F2}x"));
        }

        return true;
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
