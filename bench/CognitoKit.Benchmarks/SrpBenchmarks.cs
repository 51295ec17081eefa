using System.Numerics;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CognitoKit.Benchmarks.PreviousManagedSrp;
using CognitoKit.SignIn.Srp;
using CognitoKit.SignIn.Srp.Managed;

namespace CognitoKit.Benchmarks;

/// <summary>
/// The client's SRP arithmetic: computing A (done ahead of time by the ephemeral source) and the
/// password claim (done while the user waits). Every password-claim row runs the same parsing,
/// hashing, HKDF and HMAC; only the modular exponentiations differ: BigInteger.ModPow (baseline),
/// CognitoKit's default backend, each backend and managed kernel forced, the managed code as it was
/// before the vector kernel and the comb (Previous), and OpenSSL's variable-time BN_mod_exp (the
/// practical speed limit).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MedianColumn]
public class SrpBenchmarks
{
    private readonly IModularArithmetic _native = SrpGroup.NativeArithmetic ?? throw new InvalidOperationException("libcrypto did not load.");
    private readonly IModularArithmetic _portable = SrpGroup.PortableArithmetic;
    // Null where the CPU lacks AVX-512F (an arm64 machine, for one): its rows then fail alone, the others still run.
    private readonly IModularArithmetic? _avx512 =
        System.Runtime.Intrinsics.X86.Avx512F.IsSupported ? new ManagedModulus(new VectorMontgomeryKernel(SrpGroup.N, useAvx512: true)) : null;
    private readonly IModularArithmetic _previous = new PreviousMontgomeryModulus(SrpGroup.N);
    private BigInteger _a;
    private BigInteger _clientPublic;
    private string _saltHex = "";
    private string _serverPublicHex = "";
    private byte[] _secretBlock = [];

    [GlobalSetup]
    public void Setup()
    {
        byte[] random = RandomNumberGenerator.GetBytes(SrpEphemeral.PrivateValueLength);
        _a = SrpEncoding.FromHash(random);
        _clientPublic = BigInteger.ModPow(2, _a, SrpGroup.N);
        _saltHex = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _serverPublicHex = SrpEncoding.ToHex(SrpEncoding.FromHash(RandomNumberGenerator.GetBytes(384)) % SrpGroup.N);
        _secretBlock = RandomNumberGenerator.GetBytes(1024);
        Console.WriteLine($"// SRP default backend: {SrpGroup.Arithmetic.Name}; managed: {SrpGroup.ManagedArithmetic.Name}");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("PublicValue")]
    public BigInteger ComputeA_BigIntegerModPow() => ReferenceSrp.PublicValue(_a, SrpGroup.N);

    [Benchmark, BenchmarkCategory("PublicValue")]
    public BigInteger ComputeA_CognitoKitDefault() => SrpGroup.Arithmetic.PowerOfTwo(_a);

    [Benchmark, BenchmarkCategory("PublicValue")]
    public BigInteger ComputeA_CognitoKitManaged() => SrpGroup.ManagedArithmetic.PowerOfTwo(_a);

    [Benchmark, BenchmarkCategory("PublicValue")]
    public BigInteger ComputeA_CognitoKitManagedAvx512() => Avx512.PowerOfTwo(_a);

    [Benchmark, BenchmarkCategory("PublicValue")]
    public BigInteger ComputeA_CognitoKitManagedPortable() => _portable.PowerOfTwo(_a);

    [Benchmark, BenchmarkCategory("PublicValue")]
    public BigInteger ComputeA_CognitoKitManagedPrevious() => _previous.PowerOfTwo(_a);

    [Benchmark, BenchmarkCategory("PublicValue")]
    public BigInteger ComputeA_CognitoKitOpenSslConstTime() => _native.PowerOfTwo(_a);

    [Benchmark, BenchmarkCategory("PublicValue")]
    public BigInteger ComputeA_OpenSslBnModExpLimit() => OpenSslModExp.ModPow(2, _a, SrpGroup.N);

    [Benchmark(Baseline = true), BenchmarkCategory("PasswordClaim")]
    public string PasswordClaim_BigIntegerModPow() =>
        Claim((b, x, u) => ReferenceSrp.PremasterSecret(b, x, _a, u, SrpGroup.K, SrpGroup.N));

    [Benchmark, BenchmarkCategory("PasswordClaim")]
    public string PasswordClaim_CognitoKitDefault() =>
        Claim((b, x, u) => SrpMath.ComputeS(b, x, _a, u, SrpGroup.Arithmetic));

    [Benchmark, BenchmarkCategory("PasswordClaim")]
    public string PasswordClaim_CognitoKitManaged() =>
        Claim((b, x, u) => SrpMath.ComputeS(b, x, _a, u, SrpGroup.ManagedArithmetic));

    [Benchmark, BenchmarkCategory("PasswordClaim")]
    public string PasswordClaim_CognitoKitManagedAvx512() =>
        Claim((b, x, u) => SrpMath.ComputeS(b, x, _a, u, Avx512));

    [Benchmark, BenchmarkCategory("PasswordClaim")]
    public string PasswordClaim_CognitoKitManagedPortable() =>
        Claim((b, x, u) => SrpMath.ComputeS(b, x, _a, u, _portable));

    [Benchmark, BenchmarkCategory("PasswordClaim")]
    public string PasswordClaim_CognitoKitManagedPrevious() =>
        Claim((b, x, u) => SrpMath.ComputeS(b, x, _a, u, _previous));

    [Benchmark, BenchmarkCategory("PasswordClaim")]
    public string PasswordClaim_CognitoKitOpenSslConstTime() =>
        Claim((b, x, u) => SrpMath.ComputeS(b, x, _a, u, _native));

    [Benchmark, BenchmarkCategory("PasswordClaim")]
    public string PasswordClaim_OpenSslBnModExpLimit() =>
        Claim((b, x, u) =>
        {
            BigInteger n = SrpGroup.N;
            BigInteger gx = OpenSslModExp.ModPow(2, x, n);
            BigInteger baseValue = ((b - (SrpGroup.K * gx)) % n + n) % n;
            return OpenSslModExp.ModPow(baseValue, _a + (u * x), n);
        });

    private IModularArithmetic Avx512 => _avx512 ?? throw new PlatformNotSupportedException("AVX-512F is not supported.");

    // The steps of PasswordClaim.Compute, with the exponentiation pluggable.
    private string Claim(Func<BigInteger, BigInteger, BigInteger, BigInteger> premasterSecret)
    {
        BigInteger salt = SrpEncoding.ParseHex(_saltHex, "SALT");
        BigInteger serverPublic = SrpEncoding.ParseHex(_serverPublicHex, "SRP_B");
        BigInteger u = SrpMath.ComputeU(_clientPublic, serverPublic);
        BigInteger x = SrpMath.ComputeX(salt, SrpMath.ComputeInnerHash("D8rs5PBjY", "user-id", "Correct horse battery staple"));
        BigInteger s = premasterSecret(serverPublic, x, u);
        byte[] key = SrpMath.DeriveKey(u, s);
        return SrpMath.Sign(key, "D8rs5PBjY", "user-id", _secretBlock, "Sat Jan 1 00:00:00 UTC 2022");
    }
}
