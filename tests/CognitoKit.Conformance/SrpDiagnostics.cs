using System.Runtime.InteropServices;
using CognitoKit.SignIn.Srp;
using CognitoKit.SignIn.Srp.Native;

namespace CognitoKit.Conformance;

/// <summary>The line that says which SRP arithmetic ran the vectors, on which architecture.</summary>
internal static class SrpDiagnostics
{
    /// <summary>For example <c>openssl (libcrypto.so.3, /usr/lib/aarch64-linux-gnu/libcrypto.so.3), process Arm64</c>.</summary>
    public static string Describe()
    {
        IModularArithmetic arithmetic = SrpGroup.Arithmetic;
        string detail = arithmetic is OpenSslModulus native ? $" ({native.LibraryName}{MappedFiles("libcrypto")})" : string.Empty;
        return $"{arithmetic.Name}{detail}, process {RuntimeInformation.ProcessArchitecture}";
    }

    // The files of the process's memory map whose name contains the fragment (Linux only; nothing elsewhere).
    private static string MappedFiles(string fragment)
    {
        const string Maps = "/proc/self/maps";
        if (!OperatingSystem.IsLinux() || !File.Exists(Maps))
        {
            return string.Empty;
        }

        IEnumerable<string> files = File.ReadLines(Maps)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length >= 6 && fields[5].Contains(fragment, StringComparison.Ordinal))
            .Select(fields => fields[5])
            .Distinct(StringComparer.Ordinal);
        string joined = string.Join(", ", files);
        return joined.Length == 0 ? string.Empty : ", " + joined;
    }
}
