using System.Globalization;
using System.Numerics;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Tests.Srp;

public sealed class ModularArithmeticBackendTests
{
    private static readonly BigInteger N = SrpGroup.N;

    public static TheoryData<string, int> BackendsAndSeeds()
    {
        var data = new TheoryData<string, int>();
        foreach (string backend in SrpBackends.Names)
        {
            for (int seed = 1; seed <= 6; seed++)
            {
                data.Add(backend, seed);
            }
        }

        return data;
    }

    public static TheoryData<string> Backends()
    {
        var data = new TheoryData<string>();
        foreach (string backend in SrpBackends.Names)
        {
            data.Add(backend);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BackendsAndSeeds))]
    public void ModPowAndPowerOfTwo_RandomInputsModuloN_EqualBigIntegerModPow(string backend, int seed)
    {
        IModularArithmetic arithmetic = SrpBackends.Get(backend);
        var random = new Random(seed);
        for (int i = 0; i < 5; i++)
        {
            BigInteger value = RandomInteger(random, random.Next(1, 400));
            BigInteger exponent = RandomInteger(random, random.Next(0, 200));

            Assert.Equal(BigInteger.ModPow(value % N, exponent, N), arithmetic.ModPow(value, exponent));
            Assert.Equal(BigInteger.ModPow(2, exponent, N), arithmetic.PowerOfTwo(exponent));
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void ModPow_EdgeCases_EqualBigIntegerModPowOfTheReducedBase(string backend)
    {
        IModularArithmetic arithmetic = SrpBackends.Get(backend);
        BigInteger big = (BigInteger.One << 1535) + 12345;
        var cases = new (BigInteger Value, BigInteger Exponent)[]
        {
            (7, 0), (7, 1), (0, 5), (0, 0), (N, 3), (N + 5, big), (N - 1, 2), (N - 1, big), (-3, 5), (2 * N, 7), (1, big),
            (5, BigInteger.One << 5000),
        };

        foreach (var (value, exponent) in cases)
        {
            BigInteger reduced = ((value % N) + N) % N;
            Assert.Equal(BigInteger.ModPow(reduced, exponent, N), arithmetic.ModPow(value, exponent));
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void ModPow_NegativeExponent_ThrowsArgumentOutOfRange(string backend)
    {
        IModularArithmetic arithmetic = SrpBackends.Get(backend);

        Assert.Throws<ArgumentOutOfRangeException>(() => arithmetic.ModPow(3, -1));
    }

    [Fact]
    public void Backends_SameSecretExponents_AgreeOnEveryResult()
    {
        var random = new Random(42);
        for (int i = 0; i < 4; i++)
        {
            BigInteger value = RandomInteger(random, 384);
            BigInteger exponent = RandomInteger(random, 192);
            BigInteger expected = SrpGroup.ManagedArithmetic.ModPow(value, exponent);

            foreach (string backend in SrpBackends.Names)
            {
                Assert.Equal(expected, SrpBackends.Get(backend).ModPow(value, exponent));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void ModPow_CalledFromManyThreadsAtOnce_GivesTheSameResultsAsSequentially(string backend)
    {
        IModularArithmetic arithmetic = SrpBackends.Get(backend);
        var random = new Random(7);
        var inputs = Enumerable.Range(0, 16).Select(_ => (RandomInteger(random, 384), RandomInteger(random, 128))).ToArray();
        BigInteger[] expected = inputs.Select(p => BigInteger.ModPow(p.Item1 % N, p.Item2, N)).ToArray();

        var actual = new BigInteger[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = arithmetic.ModPow(inputs[i].Item1, inputs[i].Item2));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Name_OfEachBackend_IsItsListedName(string backend)
    {
        Assert.Equal(backend, SrpBackends.Get(backend).Name);
    }

    [Fact]
    public void DefaultArithmetic_OnLinux_IsLibcryptoUnlessManagedIsRequested()
    {
        string expected = SrpArithmeticSelection.ManagedArithmeticRequested() || !OperatingSystem.IsLinux()
            ? SrpGroup.ManagedArithmetic.Name
            : SrpBackends.OpenSsl;

        Assert.Equal(expected, SrpGroup.Arithmetic.Name);
    }

    [Fact]
    public void ManagedArithmetic_UnlessThePortableKernelIsRequested_IsTheFastestKernelThisCpuRuns()
    {
        string expected = SrpArithmeticSelection.PortableArithmeticRequested() ? SrpBackends.ManagedPortable
            : System.Runtime.Intrinsics.X86.Avx2.IsSupported ? SrpBackends.ManagedAvx2
            : SrpBackends.ManagedPortable;

        Assert.Equal(expected, SrpGroup.ManagedArithmetic.Name);
    }

    internal static BigInteger RandomInteger(Random random, int bytes)
    {
        byte[] buffer = new byte[Math.Max(bytes, 1)];
        random.NextBytes(buffer);
        return bytes == 0 ? BigInteger.Zero : new BigInteger(buffer, isUnsigned: true);
    }

    internal static string Invariant(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
}
