using System.Runtime.Intrinsics.X86;
using CognitoKit.SignIn.Srp;
using CognitoKit.SignIn.Srp.Managed;

namespace CognitoKit.Tests.Srp;

/// <summary>
/// The SRP arithmetic backends every vector runs under: each managed kernel this CPU can run (the portable one
/// always), and libcrypto wherever .NET needs it anyway.
/// </summary>
internal static class SrpBackends
{
    public const string ManagedAvx512 = "managed-avx512";
    public const string ManagedAvx2 = "managed-avx2";
    public const string ManagedPortable = "managed-portable";
    public const string OpenSsl = "openssl";

    private static readonly Lazy<ManagedModulus> Avx512 = new(() => new ManagedModulus(new VectorMontgomeryKernel(SrpGroup.N, useAvx512: true)));
    private static readonly Lazy<ManagedModulus> Avx2Kernel = new(() => new ManagedModulus(new VectorMontgomeryKernel(SrpGroup.N, useAvx512: false)));

    /// <summary>
    /// On Linux the .NET runtime itself depends on libcrypto, so the native backend is expected to
    /// load there; listing it unconditionally makes a loading regression fail the vectors instead of
    /// quietly testing the managed path twice.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. Avx512F.IsSupported ? [ManagedAvx512] : Array.Empty<string>(),
        .. Avx2.IsSupported ? [ManagedAvx2] : Array.Empty<string>(),
        ManagedPortable,
        .. OperatingSystem.IsLinux() || SrpGroup.NativeArithmetic is not null ? [OpenSsl] : Array.Empty<string>(),
    ];

    public static IModularArithmetic Get(string name) => name switch
    {
        ManagedAvx512 => Avx512.Value,
        ManagedAvx2 => Avx2Kernel.Value,
        ManagedPortable => SrpGroup.PortableArithmetic,
        OpenSsl => SrpGroup.NativeArithmetic ?? throw new InvalidOperationException("libcrypto did not load, so the native SRP backend is unavailable."),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown backend."),
    };
}
