using System.Numerics;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using CognitoKit.Testing.Srp;

namespace CognitoKit.Benchmarks;

/// <summary>
/// The emulator's side of sign-in: its own modular arithmetic (Montgomery multiplication, a table of powers of g,
/// a 4-bit window) against the BigInteger.ModPow it used before, in the same run. The SRP rows are the server's
/// whole exponentiation work for one USER_SRP_AUTH sign-in: B = k·v + g^b, then S = (A·v^u)^b. The password rows are
/// USER_PASSWORD_AUTH's check, v' = g^x compared with the stored verifier.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EmulatorSrpBenchmarks
{
    private const string PoolName = "D8rs5PBjY";
    private const string UserName = "ann";
    private const string Password = "Correct horse battery staple";
    private SrpVerifier _verifier = null!;
    private BigInteger _clientA;
    private BigInteger _b;

    [GlobalSetup]
    public void Setup()
    {
        _verifier = SrpVerifier.Create(PoolName, UserName, Password);
        _clientA = BigInteger.ModPow(SrpGroup.G, new BigInteger(RandomNumberGenerator.GetBytes(128), isUnsigned: true), SrpGroup.N);
        _b = new BigInteger(RandomNumberGenerator.GetBytes(32), isUnsigned: true);
        if (ServerSrp_BigIntegerModPow() != ServerSrp_EmulatorArithmetic())
        {
            throw new InvalidOperationException("The two paths disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public BigInteger ServerSrp_BigIntegerModPow()
    {
        var serverB = ((SrpGroup.K * _verifier.Verifier) + BigInteger.ModPow(SrpGroup.G, _b, SrpGroup.N)) % SrpGroup.N;
        var u = SrpGroup.FromBytes(SrpGroup.Hash(SrpGroup.Pad(_clientA), SrpGroup.Pad(serverB)));
        var baseValue = _clientA * BigInteger.ModPow(_verifier.Verifier, u, SrpGroup.N) % SrpGroup.N;
        return BigInteger.ModPow(baseValue, _b, SrpGroup.N);
    }

    [Benchmark]
    public BigInteger ServerSrp_EmulatorArithmetic() => new SrpServerSession(_verifier, _clientA, _b).ComputeS();

    [Benchmark]
    public bool PasswordCheck_BigIntegerModPow()
    {
        var x = SrpGroup.ComputeX(_verifier.Salt, PoolName, UserName, Password);
        return BigInteger.ModPow(SrpGroup.G, x, SrpGroup.N) == _verifier.Verifier;
    }

    [Benchmark]
    public bool PasswordCheck_EmulatorArithmetic() => _verifier.Matches(PoolName, UserName, Password);
}
