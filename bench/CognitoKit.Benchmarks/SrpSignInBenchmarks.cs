using System.Numerics;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using CognitoKit.Benchmarks.PreviousManagedSrp;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Benchmarks;

/// <summary>
/// One whole SRP sign-in's client work through the library's own entry points, for time on the
/// critical path and memory per sign-in. Baseline: a naive client that computes A when the sign-in
/// starts and uses BigInteger.ModPow throughout. Rows: CognitoKit with A taken from the background
/// source (what SignInFlow does), and CognitoKit computing A inline (the total CPU per sign-in), with
/// the default backend and with the managed code forced (its default kernel, the portable kernel, and
/// the managed code as it was before the vector kernel and the comb).
/// </summary>
/// <remarks>
/// Allocation is measured process-wide, so the background computation of the next A is included
/// in "Allocated" for the source row: it is the memory one sign-in costs.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class SrpSignInBenchmarks
{
    private const string PoolName = "D8rs5PBjY";
    private const string UserId = "7c2f0c6e-8a44-4a0b-9df4-5a9c8e0f1b2d";
    private const string Password = "Correct horse battery staple";
    private const string Timestamp = "Sat Jan 1 00:00:00 UTC 2022";
    private readonly SrpEphemeralSource _source = new();
    private readonly IModularArithmetic _previous = new PreviousMontgomeryModulus(SrpGroup.N);
    private string _saltHex = "";
    private string _serverPublicHex = "";
    private string _secretBlock = "";

    [GlobalSetup]
    public void Setup()
    {
        _saltHex = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _serverPublicHex = SrpEncoding.ToHex(SrpEncoding.FromHash(RandomNumberGenerator.GetBytes(384)) % SrpGroup.N);
        _secretBlock = Convert.ToBase64String(RandomNumberGenerator.GetBytes(1024));
        _source.Prefetch();
    }

    [Benchmark(Baseline = true)]
    public string SignIn_NaiveBigIntegerWithInlineA()
    {
        byte[] random = RandomNumberGenerator.GetBytes(SrpEphemeral.PrivateValueLength);
        BigInteger a = SrpEncoding.FromHash(random);
        BigInteger clientPublic = ReferenceSrp.PublicValue(a, SrpGroup.N);
        _ = SrpEncoding.ToHex(clientPublic); // SRP_A is sent
        BigInteger salt = SrpEncoding.ParseHex(_saltHex, "SALT");
        BigInteger serverPublic = SrpEncoding.ParseHex(_serverPublicHex, "SRP_B");
        BigInteger u = SrpMath.ComputeU(clientPublic, serverPublic);
        BigInteger x = SrpMath.ComputeX(salt, SrpMath.ComputeInnerHash(PoolName, UserId, Password));
        BigInteger s = ReferenceSrp.PremasterSecret(serverPublic, x, a, u, SrpGroup.K, SrpGroup.N);
        byte[] key = SrpMath.DeriveKey(u, s);
        return SrpMath.Sign(key, PoolName, UserId, Convert.FromBase64String(_secretBlock), Timestamp);
    }

    [Benchmark]
    public string SignIn_CognitoKit_ABackground()
    {
        SrpEphemeral ephemeral = _source.TakeAsync(CancellationToken.None).GetAwaiter().GetResult();
        return PasswordClaim.Compute(PoolName, UserId, Password, _saltHex, _serverPublicHex, _secretBlock, Timestamp, ephemeral);
    }

    [Benchmark]
    public string SignIn_CognitoKit_AInline()
    {
        SrpEphemeral ephemeral = SrpEphemeral.Create();
        return PasswordClaim.Compute(PoolName, UserId, Password, _saltHex, _serverPublicHex, _secretBlock, Timestamp, ephemeral);
    }

    [Benchmark]
    public string SignIn_CognitoKitManaged_AInline() => SignInInline(SrpGroup.ManagedArithmetic);

    [Benchmark]
    public string SignIn_CognitoKitManagedPortable_AInline() => SignInInline(SrpGroup.PortableArithmetic);

    [Benchmark]
    public string SignIn_CognitoKitManagedPrevious_AInline() => SignInInline(_previous);

    private string SignInInline(IModularArithmetic arithmetic)
    {
        SrpEphemeral ephemeral = SrpEphemeral.Create(arithmetic);
        return PasswordClaim.Compute(PoolName, UserId, Password, _saltHex, _serverPublicHex, _secretBlock, Timestamp, ephemeral, arithmetic);
    }
}
