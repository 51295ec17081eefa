using System.Numerics;
using System.Text.Json;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Tests.Srp;

public sealed class SrpVectorTests
{
    private const string File = "srp-vectors.json";

    public static TheoryData<string, string, string> Vectors => SrpTestData.ByKeyCultureAndBackend(File, "vectors", (v, _) => v.Str("id"));

    [Theory]
    [MemberData(nameof(Vectors))]
    public void PasswordVerifier_ForEachVector_MatchesEveryIntermediateAndSignature(string id, string culture, string backend)
    {
        using var scope = new CultureScope(culture);
        IModularArithmetic arithmetic = SrpBackends.Get(backend);
        JsonElement v = SrpTestData.Find(File, "vectors", id);
        JsonElement e = v.GetProperty("expected");

        SrpEphemeral ephemeral = SrpEphemeral.FromPrivateValue(Convert.FromHexString(v.Str("aHex")), arithmetic);
        Assert.Equal(e.Str("srpA"), ephemeral.PublicValueHex);
        Assert.Equal(e.Str("AHex"), Hex(SrpEncoding.Pad(ephemeral.PublicValue)));

        BigInteger serverPublic = SrpEncoding.ParseHex(v.Str("BHex"), "SRP_B");
        BigInteger u = SrpMath.ComputeU(ephemeral.PublicValue, serverPublic);
        Assert.Equal(e.Str("uHex"), Fixed64(u));
        Assert.Equal(e.Str("uPadHex"), Hex(SrpEncoding.Pad(u)));

        Assert.Equal(v.Str("poolName"), PasswordClaim.GetPoolName(v.Str("userPoolId")));
        byte[] inner = SrpMath.ComputeInnerHash(v.Str("poolName"), v.Str("username"), v.Str("password"));
        Assert.Equal(e.Str("innerHashHex"), Hex(inner));
        BigInteger x = SrpMath.ComputeX(SrpEncoding.ParseHex(v.Str("saltHex"), "SALT"), inner);
        Assert.Equal(e.Str("xHex"), Fixed64(x));

        BigInteger s = SrpMath.ComputeS(serverPublic, x, SrpEncoding.FromHash(Convert.FromHexString(v.Str("aHex"))), u, arithmetic);
        Assert.Equal(e.Str("SHex"), Hex(SrpEncoding.Pad(s)));
        Assert.Equal(v.GetProperty("serverCheck").Str("SHex"), Hex(SrpEncoding.Pad(s)));

        byte[] key = SrpMath.DeriveKey(u, s);
        Assert.Equal(e.Str("hkdfKeyHex"), Hex(key));

        string timestamp = CognitoTimestamp.Format(DateTimeOffset.FromUnixTimeSeconds(v.GetProperty("epochSeconds").GetInt64()));
        Assert.Equal(v.Str("timestamp"), timestamp);

        string signature = PasswordClaim.Compute(
            v.Str("poolName"), v.Str("username"), v.Str("password"), v.Str("saltHex"), v.Str("BHex"),
            v.Str("secretBlockB64"), timestamp, ephemeral, arithmetic);
        Assert.Equal(e.Str("signatureB64"), signature);
    }

    internal static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    internal static string Fixed64(BigInteger value) =>
        Hex(value.ToByteArray(isUnsigned: true, isBigEndian: true)).PadLeft(64, '0');
}
