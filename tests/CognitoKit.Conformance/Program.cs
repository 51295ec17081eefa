using System.Globalization;
using CognitoKit.Conformance;

// Usage: <command> <file> [--culture <name>]
// Each vector command runs a vector file through the library's own code and ends with "N passed, N failed";
// the exit code is 0 only when nothing failed, 2 for a usage error. jwt-verdicts instead prints CognitoKit's verdict
// on every token of a corpus (for the interop suite's differential test) and ends with "N verdicts".
var commands = new Dictionary<string, Func<string, Task<int>>>(StringComparer.Ordinal)
{
    ["srp"] = SrpCommand.RunAsync,
    ["device-srp"] = DeviceSrpCommand.RunAsync,
    ["secret-hash"] = SecretHashCommand.RunAsync,
    ["timestamps"] = TimestampsCommand.RunAsync,
    ["jwt"] = JwtCommand.RunAsync,
    ["jwt-verdicts"] = JwtVerdictsCommand.RunAsync,
};

if (args.Length < 2)
{
    return Usage("expected a command and a vector file");
}

if (!commands.TryGetValue(args[0], out Func<string, Task<int>>? run))
{
    return Usage($"unknown command '{args[0]}'");
}

string path = args[1];
if (args.Length == 4 && args[2] == "--culture")
{
    CultureInfo culture;
    try
    {
        culture = CultureInfo.GetCultureInfo(args[3]);
    }
    catch (CultureNotFoundException)
    {
        return Usage($"unknown culture '{args[3]}'");
    }

    CultureInfo.CurrentCulture = culture;
    CultureInfo.CurrentUICulture = culture;
    CultureInfo.DefaultThreadCurrentCulture = culture;
    CultureInfo.DefaultThreadCurrentUICulture = culture;
}
else if (args.Length != 2)
{
    return Usage("unexpected arguments after the file");
}

if (!File.Exists(path))
{
    return Usage($"file not found: {path}");
}

if (args[0] is "srp" or "device-srp")
{
    // Which arithmetic ran the vectors (COGNITOKIT_SRP_USE_MANAGED_ARITHMETIC and ..._PORTABLE_... choose it), on which
    // process architecture, and for libcrypto which file was mapped (so a run under emulation shows that the
    // libcrypto of the emulated architecture answered, not the host's).
    Console.WriteLine($"SRP arithmetic: {SrpDiagnostics.Describe()}");
}

return await run(path);

int Usage(string problem)
{
    Console.Error.WriteLine($"error: {problem}");
    Console.Error.WriteLine($"usage: CognitoKit.Conformance <{string.Join('|', commands.Keys)}> <file> [--culture <name>]");
    return 2;
}
