using System.Numerics;
using System.Runtime.Intrinsics.X86;
using CognitoKit.SignIn.Srp;
using CognitoKit.SignIn.Srp.Managed;

namespace CognitoKit.Tests.Srp;

/// <summary>Each managed kernel, forced, against <see cref="BigInteger.ModPow(BigInteger, BigInteger, BigInteger)"/>.</summary>
public sealed class ManagedKernelTests
{
    private static readonly BigInteger N = SrpGroup.N;

    public static TheoryData<string> Kernels()
    {
        var data = new TheoryData<string>();
        foreach (string kernel in KernelNames)
        {
            data.Add(kernel);
        }

        return data;
    }

    public static TheoryData<string, int> KernelsAndSeeds()
    {
        var data = new TheoryData<string, int>();
        foreach (string kernel in KernelNames)
        {
            for (int seed = 1; seed <= 4; seed++)
            {
                data.Add(kernel, seed);
            }
        }

        return data;
    }

    private static IEnumerable<string> KernelNames =>
        SrpBackends.Names.Where(name => name.StartsWith("managed-", StringComparison.Ordinal)).Select(name => name["managed-".Length..]);

    [Theory]
    [MemberData(nameof(KernelsAndSeeds))]
    public void ModPowAndPowerOfTwo_250RandomShortExponents_EqualBigIntegerModPow(string kernel, int seed)
    {
        ManagedModulus arithmetic = Create(kernel, N);
        var random = new Random(seed);
        for (int i = 0; i < 250; i++)
        {
            BigInteger value = RandomInteger(random, random.Next(1, 400));
            BigInteger exponent = RandomInteger(random, random.Next(0, 9));

            Assert.Equal(BigInteger.ModPow(value % N, exponent, N), arithmetic.ModPow(value, exponent));
            Assert.Equal(BigInteger.ModPow(2, exponent, N), arithmetic.PowerOfTwo(exponent));
        }
    }

    [Theory]
    [MemberData(nameof(KernelsAndSeeds))]
    public void ModPowAndPowerOfTwo_SrpSizedExponents_EqualBigIntegerModPow(string kernel, int seed)
    {
        ManagedModulus arithmetic = Create(kernel, N);
        var random = new Random(seed * 31);
        foreach (int bytes in new[] { 32, 128, 160 })
        {
            BigInteger value = RandomInteger(random, 384);
            BigInteger exponent = RandomInteger(random, bytes);

            Assert.Equal(BigInteger.ModPow(value % N, exponent, N), arithmetic.ModPow(value, exponent));
            Assert.Equal(BigInteger.ModPow(2, exponent, N), arithmetic.PowerOfTwo(exponent));
        }
    }

    [Theory]
    [MemberData(nameof(KernelsAndSeeds))]
    public void ModPowAndPowerOfTwo_RandomOddModuliOfEverySize_EqualBigIntegerModPow(string kernel, int seed)
    {
        var random = new Random(seed * 7919);
        for (int i = 0; i < 8; i++)
        {
            BigInteger modulus = RandomInteger(random, random.Next(1, 400)) | BigInteger.One;
            if (modulus <= BigInteger.One)
            {
                modulus = 3;
            }

            ManagedModulus arithmetic = Create(kernel, modulus);
            BigInteger value = RandomInteger(random, random.Next(1, 420));
            BigInteger exponent = RandomInteger(random, random.Next(0, 40));

            Assert.Equal(BigInteger.ModPow(value % modulus, exponent, modulus), arithmetic.ModPow(value, exponent));
            Assert.Equal(BigInteger.ModPow(2, exponent, modulus), arithmetic.PowerOfTwo(exponent));
        }
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void ModPow_EdgeBasesAndExponents_EqualBigIntegerModPowOfTheReducedBase(string kernel)
    {
        ManagedModulus arithmetic = Create(kernel, N);
        BigInteger allOnes1024 = (BigInteger.One << 1024) - 1;
        BigInteger allOnes1280 = (BigInteger.One << 1280) - 1;
        var cases = new (BigInteger Value, BigInteger Exponent)[]
        {
            (7, 0), (7, 1), (0, 0), (0, 5), (1, allOnes1024), (N, 3), (N - 1, 0), (N - 1, 1), (N - 1, 2), (N - 1, allOnes1024),
            (N - 2, allOnes1280), (N + 5, allOnes1024), (2 * N, 7), (-3, 5), (-(N + 1), allOnes1024), (2, allOnes1024),
            (N - 1, N - 1), ((BigInteger.One << 3071) + 1, allOnes1280),
        };

        foreach (var (value, exponent) in cases)
        {
            BigInteger reduced = ((value % N) + N) % N;
            Assert.Equal(BigInteger.ModPow(reduced, exponent, N), arithmetic.ModPow(value, exponent));
        }
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void PowerOfTwo_ExponentsAtEveryCombBoundary_EqualBigIntegerModPow(string kernel)
    {
        ManagedModulus arithmetic = Create(kernel, N);
        foreach (int bits in new[] { 0, 1, 2, 255, 256, 257, 1023, 1024, 1025, 3072 })
        {
            BigInteger allOnes = (BigInteger.One << bits) - 1;
            BigInteger topOnly = bits == 0 ? BigInteger.Zero : BigInteger.One << (bits - 1);

            Assert.Equal(BigInteger.ModPow(2, allOnes, N), arithmetic.PowerOfTwo(allOnes));
            Assert.Equal(BigInteger.ModPow(2, topOnly, N), arithmetic.PowerOfTwo(topOnly));
        }
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void PowerOfTwo_FromManyThreadsBeforeTheCombTableExists_GivesTheSameResultsAsBigInteger(string kernel)
    {
        ManagedModulus arithmetic = Create(kernel, N);
        var random = new Random(11);
        BigInteger[] exponents = Enumerable.Range(0, 12).Select(i => RandomInteger(random, i % 2 == 0 ? 32 : 128)).ToArray();
        var actual = new BigInteger[exponents.Length];

        Parallel.For(0, exponents.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = arithmetic.PowerOfTwo(exponents[i]));

        Assert.Equal(exponents.Select(e => BigInteger.ModPow(2, e, N)), actual);
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Kernel_WithEvenOrTooSmallModulus_ThrowsArgumentOutOfRange(string kernel)
    {
        foreach (int modulus in new[] { -3, 0, 1, 4 })
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Create(kernel, modulus));
        }
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Kernel_WithModulusBeyondItsColumnBound_ThrowsArgumentOutOfRange(string kernel)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Create(kernel, (BigInteger.One << 4096) + 1));
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void ModPow_ExponentsOfOneBitLength_RunTheSameSequenceOfMultiplicationsAndSquarings(string kernel)
    {
        var recording = new RecordingKernel(CreateKernel(kernel, N));
        var arithmetic = new ManagedModulus(recording);
        var random = new Random(5);
        BigInteger[] exponents =
        [
            BigInteger.One << 1023, (BigInteger.One << 1024) - 1, (BigInteger.One << 1023) | RandomInteger(random, 100),
            (BigInteger.One << 1023) | (RandomInteger(random, 128) >> 1),
        ];

        string[] traces = exponents.Select(e => recording.Trace(() => arithmetic.ModPow(N - 2, e))).ToArray();

        Assert.All(traces, trace => Assert.Equal(traces[0], trace));
        Assert.Contains("S", traces[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void PowerOfTwo_EveryExponentUpTo256Bits_RunsTheSameSequenceOfOperations(string kernel)
    {
        var recording = new RecordingKernel(CreateKernel(kernel, N));
        var arithmetic = new ManagedModulus(recording);
        arithmetic.PowerOfTwo(1); // builds the comb table outside the traces
        BigInteger[] exponents = [BigInteger.Zero, BigInteger.One, (BigInteger.One << 200) + 3, (BigInteger.One << 256) - 1];

        string[] traces = exponents.Select(e => recording.Trace(() => arithmetic.PowerOfTwo(e))).ToArray();

        Assert.All(traces, trace => Assert.Equal(traces[0], trace));
    }

    [Fact]
    public void TableScan_EveryIndex_CopiesExactlyThatEntry()
    {
        const int Entries = 32;
        const int Width = 12;
        ulong[] table = Enumerable.Range(0, Entries * Width).Select(i => (ulong)i * 0x9E3779B97F4A7C15UL).ToArray();
        var selected = new ulong[Width];

        for (int index = 0; index < Entries; index++)
        {
            unsafe
            {
                fixed (ulong* t = table, r = selected)
                {
                    TableScan.Select(r, t, Entries, index, Width);
                }
            }

            Assert.Equal(table.AsSpan(index * Width, Width).ToArray(), selected);
        }
    }

    internal static ManagedModulus Create(string kernel, BigInteger modulus) => new(CreateKernel(kernel, modulus));

    private static MontgomeryKernel CreateKernel(string kernel, BigInteger modulus) => kernel switch
    {
        "portable" => new PortableMontgomeryKernel(modulus),
        "avx2" => new VectorMontgomeryKernel(modulus, useAvx512: false),
        "avx512" when Avx512F.IsSupported => new VectorMontgomeryKernel(modulus, useAvx512: true),
        _ => throw new ArgumentOutOfRangeException(nameof(kernel), kernel, "Unknown kernel."),
    };

    private static BigInteger RandomInteger(Random random, int bytes) => ModularArithmeticBackendTests.RandomInteger(random, bytes);

    /// <summary>A kernel that records which operation ran, in order: M for a multiplication, S for a squaring.</summary>
    private sealed unsafe class RecordingKernel(MontgomeryKernel inner) : MontgomeryKernel(inner.Modulus, inner.DigitBits, inner.Width)
    {
        private readonly System.Text.StringBuilder _trace = new();

        public override string Name => inner.Name;

        public override int ScratchLength => inner.ScratchLength;

        public override void Multiply(ulong* r, ulong* a, ulong* b, ulong* scratch)
        {
            _trace.Append('M');
            inner.Multiply(r, a, b, scratch);
        }

        public override void Square(ulong* r, ulong* a, ulong* scratch)
        {
            _trace.Append('S');
            inner.Square(r, a, scratch);
        }

        public string Trace(Action action)
        {
            _trace.Clear();
            action();
            return _trace.ToString();
        }
    }
}
