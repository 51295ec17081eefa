using System.Numerics;
using System.Text.Json;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Conformance;

/// <summary>Shared checks of one PASSWORD_VERIFIER exchange, used by the srp and device-srp commands.</summary>
internal static class SrpValues
{
    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    public static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    public static string Fixed64(BigInteger value) => Hex(value.ToByteArray(isUnsigned: true, isBigEndian: true)).PadLeft(64, '0');

    /// <summary>Recomputes A, u, x, S, the HKDF key, the timestamp and the signature and compares each.</summary>
    public static IEnumerable<string> CheckExchange(
        JsonElement exchange, JsonElement expected, string prefix, string identity, string password)
    {
        var mismatches = new List<string>();
        void Expect(string what, string want, string got) => mismatches.AddRange(ConformanceReport.Expect(what, want, got));

        byte[] privateValue = Convert.FromHexString(exchange.Str("aHex"));
        SrpEphemeral ephemeral = SrpEphemeral.FromPrivateValue(privateValue);
        Expect("srpA", expected.Str("srpA"), ephemeral.PublicValueHex);
        Expect("AHex", expected.Str("AHex"), Hex(SrpEncoding.Pad(ephemeral.PublicValue)));

        BigInteger serverPublic = SrpEncoding.ParseHex(exchange.Str("BHex"), "SRP_B");
        BigInteger u = SrpMath.ComputeU(ephemeral.PublicValue, serverPublic);
        Expect("uHex", expected.Str("uHex"), Fixed64(u));
        Expect("uPadHex", expected.Str("uPadHex"), Hex(SrpEncoding.Pad(u)));

        byte[] inner = SrpMath.ComputeInnerHash(prefix, identity, password);
        Expect("innerHashHex", expected.Str("innerHashHex"), Hex(inner));
        BigInteger x = SrpMath.ComputeX(SrpEncoding.ParseHex(exchange.Str("saltHex"), "SALT"), inner);
        Expect("xHex", expected.Str("xHex"), Fixed64(x));

        BigInteger s = SrpMath.ComputeS(serverPublic, x, SrpEncoding.FromHash(privateValue), u);
        Expect("SHex", expected.Str("SHex"), Hex(SrpEncoding.Pad(s)));
        Expect("hkdfKeyHex", expected.Str("hkdfKeyHex"), Hex(SrpMath.DeriveKey(u, s)));

        string timestamp = CognitoTimestamp.Format(DateTimeOffset.FromUnixTimeSeconds(exchange.GetProperty("epochSeconds").GetInt64()));
        Expect("timestamp", exchange.Str("timestamp"), timestamp);

        string signature = PasswordClaim.Compute(
            prefix, identity, password, exchange.Str("saltHex"), exchange.Str("BHex"), exchange.Str("secretBlockB64"), timestamp, ephemeral);
        Expect("signatureB64", expected.Str("signatureB64"), signature);
        return mismatches;
    }
}
