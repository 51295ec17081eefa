using System.Numerics;
using System.Runtime.InteropServices;
using CognitoKit.SignIn.Srp;
using CognitoKit.SignIn.Srp.Native;

namespace CognitoKit.Tests.Srp;

public sealed class OpenSslModulusTests
{
    [Fact]
    public void TryLoad_OnLinux_FindsAVersionedLibcrypto()
    {
        LibCrypto? library = LibCrypto.TryLoad();

        if (OperatingSystem.IsLinux())
        {
            Assert.NotNull(library);
            Assert.StartsWith("libcrypto.so", library.LibraryName, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(library is null || LibCrypto.CandidateNames().Contains(library.LibraryName));
        }
    }

    [Fact]
    public void TryLoad_WithOnlyMissingLibraries_ReturnsNull()
    {
        Assert.Null(LibCrypto.TryLoad(["libcognitokit-does-not-exist.so.42", "/nonexistent/libcrypto.so.3"]));
    }

    [Fact]
    public void CandidateNames_OnMacOS_NeverIncludeTheUnversionedSystemLibrary()
    {
        Assert.DoesNotContain(LibCrypto.CandidateNames(OSPlatform.OSX), name => name.EndsWith("/libcrypto.dylib", StringComparison.Ordinal) || name == "libcrypto.dylib");
    }

    [Fact]
    public void TryCreate_WithoutALibrary_ReturnsNull()
    {
        Assert.Null(OpenSslModulus.TryCreate(null, SrpGroup.N));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(10)]
    public void TryCreate_WithEvenOrTooSmallModulus_ReturnsNull(int modulus)
    {
        LibCrypto? library = RequireLibraryOnLinux();

        Assert.Null(OpenSslModulus.TryCreate(library, modulus));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ModPow_RandomOddModuli_EqualsBigIntegerModPow(int seed)
    {
        LibCrypto? library = RequireLibraryOnLinux();
        if (library is null)
        {
            Assert.Null(SrpGroup.NativeArithmetic);
            return;
        }

        var random = new Random(seed * 104729);
        for (int i = 0; i < 4; i++)
        {
            BigInteger modulus = ModularArithmeticBackendTests.RandomInteger(random, random.Next(20, 300)) | BigInteger.One;
            using OpenSslModulus? arithmetic = OpenSslModulus.TryCreate(library, modulus);
            Assert.NotNull(arithmetic);
            BigInteger value = ModularArithmeticBackendTests.RandomInteger(random, random.Next(1, 400));
            BigInteger exponent = ModularArithmeticBackendTests.RandomInteger(random, random.Next(0, 100));

            Assert.Equal(BigInteger.ModPow(value % modulus, exponent, modulus), arithmetic.ModPow(value, exponent));
            Assert.Equal(BigInteger.ModPow(2, exponent, modulus), arithmetic.PowerOfTwo(exponent));
        }
    }

    [Fact]
    public void Dispose_ThenModPow_ThrowsInsteadOfTouchingFreedMemory()
    {
        LibCrypto? library = RequireLibraryOnLinux();
        if (library is null)
        {
            Assert.Null(SrpGroup.NativeArithmetic);
            return;
        }

        OpenSslModulus arithmetic = OpenSslModulus.TryCreate(library, 1_000_003)!;
        arithmetic.Dispose();

        Assert.Throws<ObjectDisposedException>(() => arithmetic.ModPow(5, 7));
    }

    [Fact]
    public void ToString_NamesTheLibraryAndNoValue()
    {
        OpenSslModulus? arithmetic = SrpGroup.NativeArithmetic;
        if (arithmetic is null)
        {
            Assert.False(OperatingSystem.IsLinux());
            return;
        }

        Assert.Contains(arithmetic.LibraryName, arithmetic.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SrpGroup.N.ToString("x", System.Globalization.CultureInfo.InvariantCulture)[..16], arithmetic.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private static LibCrypto? RequireLibraryOnLinux()
    {
        LibCrypto? library = LibCrypto.TryLoad();
        if (OperatingSystem.IsLinux())
        {
            Assert.NotNull(library);
        }

        return library;
    }
}
