using System.Globalization;
using System.Numerics;
using System.Text.Json;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Tests.Srp;

public sealed class SrpEncodingTests
{
    public static TheoryData<string, string> PadExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (JsonElement e in SrpTestData.Items("srp-vectors.json", "padHexExamples"))
        {
            data.Add(e.Str("value"), e.Str("hex"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PadExamples))]
    public void Pad_MatchesMinimalTwosComplementExamples(string value, string hex)
    {
        Assert.Equal(hex, SrpVectorTests.Hex(SrpEncoding.Pad(BigInteger.Parse(value, CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("abc", 0xabc)]
    [InlineData("ABC", 0xabc)]
    [InlineData("0000ff", 0xff)]
    [InlineData("f", 0xf)]
    [InlineData("0", 0)]
    [InlineData("80", 0x80)]
    public void ParseHex_AcceptsAnyCaseOddLengthAndLeadingZeros(string hex, long expected)
    {
        Assert.Equal(new BigInteger(expected), SrpEncoding.ParseHex(hex, "SRP_B"));
    }

    [Theory]
    [InlineData("-abc", "sign")]
    [InlineData("+abc", "sign")]
    [InlineData("12g4", "not hexadecimal")]
    [InlineData("0x12", "not hexadecimal")]
    [InlineData(" 12", "not hexadecimal")]
    [InlineData("", "missing")]
    [InlineData(null, "missing")]
    public void ParseHex_WithNonsense_ThrowsNamingTheParameterNotTheValue(string? hex, string reason)
    {
        var error = Assert.Throws<SrpProtocolException>(() => SrpEncoding.ParseHex(hex, "SALT"));

        Assert.Equal("SALT", error.ParameterName);
        Assert.Contains("SALT", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(hex))
        {
            Assert.DoesNotContain(hex, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(0xabc, "abc")]
    [InlineData(0x0f00, "f00")]
    public void ToHex_IsLowercaseWithoutPadding(long value, string expected)
    {
        Assert.Equal(expected, SrpEncoding.ToHex(value));
    }
}
