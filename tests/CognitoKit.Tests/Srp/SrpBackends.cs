using CognitoKit.SignIn.Srp;

namespace CognitoKit.Tests.Srp;

/// <summary>The SRP arithmetic backends every vector runs under: managed always, libcrypto wherever .NET needs it anyway.</summary>
internal static class SrpBackends
{
    public const string Managed = "managed";
    public const string OpenSsl = "openssl";

    /// <summary>
    /// On Linux the .NET runtime itself depends on libcrypto, so the native backend is expected to
    /// load there; listing it unconditionally makes a loading regression fail the vectors instead of
    /// quietly testing the managed path twice.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } =
        OperatingSystem.IsLinux() || SrpGroup.NativeArithmetic is not null ? [Managed, OpenSsl] : [Managed];

    public static IModularArithmetic Get(string name) => name switch
    {
        Managed => SrpGroup.ManagedArithmetic,
        OpenSsl => SrpGroup.NativeArithmetic ?? throw new InvalidOperationException("libcrypto did not load, so the native SRP backend is unavailable."),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown backend."),
    };
}
