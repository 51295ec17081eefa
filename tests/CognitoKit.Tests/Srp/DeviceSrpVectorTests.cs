using System.Numerics;
using System.Text.Json;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Tests.Srp;

public sealed class DeviceSrpVectorTests
{
    private const string File = "device-srp-vectors.json";

    public static TheoryData<string, string, string> Vectors => SrpTestData.ByKeyCultureAndBackend(File, "vectors", (v, _) => v.Str("id"));

    [Theory]
    [MemberData(nameof(Vectors))]
    public void DeviceVerifier_FromVectorRandomBytes_MatchesConfirmDevicePayload(string id, string culture, string backend)
    {
        using var scope = new CultureScope(culture);
        IModularArithmetic arithmetic = SrpBackends.Get(backend);
        JsonElement v = SrpTestData.Find(File, "vectors", id);
        JsonElement g = v.GetProperty("generateHashDevice");
        byte[] random = Convert.FromHexString(g.Str("randomBytesHex"));

        DeviceVerifier verifier = DeviceVerifier.Create(
            v.Str("deviceGroupKey"), v.Str("deviceKey"), random.AsSpan(0, DeviceVerifier.PasswordLength), random.AsSpan(DeviceVerifier.PasswordLength), arithmetic);

        Assert.Equal(g.Str("randomPassword"), verifier.DevicePassword);
        Assert.Equal(g.GetProperty("confirmDevice").Str("Salt"), verifier.Salt);
        Assert.Equal(g.GetProperty("confirmDevice").Str("PasswordVerifier"), verifier.PasswordVerifier);
        Assert.Equal(g.Str("saltHex"), SrpVectorTests.Hex(Convert.FromBase64String(verifier.Salt)));
        Assert.Equal(g.Str("verifierHex"), SrpVectorTests.Hex(Convert.FromBase64String(verifier.PasswordVerifier)));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void DevicePasswordVerifier_ForEachVector_MatchesEveryIntermediateAndSignature(string id, string culture, string backend)
    {
        using var scope = new CultureScope(culture);
        IModularArithmetic arithmetic = SrpBackends.Get(backend);
        JsonElement v = SrpTestData.Find(File, "vectors", id);
        JsonElement d = v.GetProperty("deviceSrp");
        JsonElement e = d.GetProperty("expected");
        string devicePassword = v.GetProperty("generateHashDevice").Str("randomPassword");

        SrpEphemeral ephemeral = SrpEphemeral.FromPrivateValue(Convert.FromHexString(d.Str("aHex")), arithmetic);
        Assert.Equal(e.Str("srpA"), ephemeral.PublicValueHex);
        Assert.Equal(e.Str("AHex"), SrpVectorTests.Hex(SrpEncoding.Pad(ephemeral.PublicValue)));

        BigInteger serverPublic = SrpEncoding.ParseHex(d.Str("BHex"), "SRP_B");
        BigInteger u = SrpMath.ComputeU(ephemeral.PublicValue, serverPublic);
        Assert.Equal(e.Str("uHex"), SrpVectorTests.Fixed64(u));
        Assert.Equal(e.Str("uPadHex"), SrpVectorTests.Hex(SrpEncoding.Pad(u)));

        byte[] inner = SrpMath.ComputeInnerHash(v.Str("deviceGroupKey"), v.Str("deviceKey"), devicePassword);
        Assert.Equal(e.Str("innerHashHex"), SrpVectorTests.Hex(inner));
        BigInteger x = SrpMath.ComputeX(SrpEncoding.ParseHex(d.Str("saltHex"), "SALT"), inner);
        Assert.Equal(e.Str("xHex"), SrpVectorTests.Fixed64(x));

        BigInteger s = SrpMath.ComputeS(serverPublic, x, SrpEncoding.FromHash(Convert.FromHexString(d.Str("aHex"))), u, arithmetic);
        Assert.Equal(e.Str("SHex"), SrpVectorTests.Hex(SrpEncoding.Pad(s)));
        Assert.Equal(e.Str("hkdfKeyHex"), SrpVectorTests.Hex(SrpMath.DeriveKey(u, s)));

        string timestamp = CognitoTimestamp.Format(DateTimeOffset.FromUnixTimeSeconds(d.GetProperty("epochSeconds").GetInt64()));
        Assert.Equal(d.Str("timestamp"), timestamp);
        string signature = PasswordClaim.Compute(
            v.Str("deviceGroupKey"), v.Str("deviceKey"), devicePassword, d.Str("saltHex"), d.Str("BHex"),
            d.Str("secretBlockB64"), timestamp, ephemeral, arithmetic);
        Assert.Equal(e.Str("signatureB64"), signature);
        Assert.Equal(e.GetProperty("challengeResponses").Str("PASSWORD_CLAIM_SIGNATURE"), signature);
    }

    [Fact]
    public void DeviceVerifier_Create_MakesFortyBytePasswordSixteenByteSaltAndHidesThemFromToString()
    {
        DeviceVerifier verifier = DeviceVerifier.Create("-group", "us-east-1_device");

        Assert.Equal(DeviceVerifier.PasswordLength, Convert.FromBase64String(verifier.DevicePassword).Length);
        Assert.InRange(Convert.FromBase64String(verifier.Salt).Length, 1, DeviceVerifier.SaltLength + 1);
        Assert.DoesNotContain(verifier.DevicePassword, verifier.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(verifier.PasswordVerifier, verifier.ToString(), StringComparison.Ordinal);
    }
}
