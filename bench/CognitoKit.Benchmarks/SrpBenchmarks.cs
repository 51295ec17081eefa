using System.Numerics;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Benchmarks;

/// <summary>
/// The client's SRP work: computing A (done ahead of time by the ephemeral source) and the password
/// claim (done while the user waits). Every row runs the same hashing; only the modular
/// exponentiations differ: BigInteger.ModPow (baseline), CognitoKit's Montgomery code, OpenSSL.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MedianColumn]
public class SrpBenchmarks
{
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
    }

    [Benchmark(Baseline = true), BenchmarkCategory("PublicValue")]
    public BigInteger ComputeA_BigIntegerModPow() => ReferenceSrp.PublicValue(_a, SrpGroup.N);

    [Benchmark, BenchmarkCategory("PublicValue")]
    public BigInteger ComputeA_CognitoKit() => SrpGroup.Arithmetic.PowerOfTwo(_a);

    [Benchmark, BenchmarkCategory("PublicValue")]
    public BigInteger ComputeA_OpenSsl() => OpenSslModExp.ModPow(2, _a, SrpGroup.N);

    [Benchmark(Baseline = true), BenchmarkCategory("PasswordClaim")]
    public string PasswordClaim_BigIntegerModPow() =>
        Claim((b, x, u) => ReferenceSrp.PremasterSecret(b, x, _a, u, SrpGroup.K, SrpGroup.N));

    [Benchmark, BenchmarkCategory("PasswordClaim")]
    public string PasswordClaim_CognitoKit() =>
        Claim((b, x, u) => SrpMath.ComputeS(b, x, _a, u));

    [Benchmark, BenchmarkCategory("PasswordClaim")]
    public string PasswordClaim_OpenSsl() =>
        Claim((b, x, u) =>
        {
            BigInteger n = SrpGroup.N;
            BigInteger gx = OpenSslModExp.ModPow(2, x, n);
            BigInteger baseValue = ((b - (SrpGroup.K * gx)) % n + n) % n;
            return OpenSslModExp.ModPow(baseValue, _a + (u * x), n);
        });

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
