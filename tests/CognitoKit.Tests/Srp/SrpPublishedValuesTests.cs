using System.Text;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Tests.Srp;

public sealed class SrpPublishedValuesTests
{
    [Fact]
    public void Group_Multiplier_MatchesPublishedK()
    {
        Assert.Equal("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6", SrpVectorTests.Fixed64(SrpGroup.K));
        Assert.Equal(SrpTestData.Load("srp-vectors.json").GetProperty("params").Str("NHex"), SrpVectorTests.Hex(SrpEncoding.Pad(SrpGroup.N)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void InnerHash_PublishedAwsSdkCheckValue_Matches(string culture)
    {
        using var scope = new CultureScope(culture);

        byte[] hash = SrpMath.ComputeInnerHash("Pj8nlkpKR", "User5", "Password1!");

        Assert.Equal("rJra60Rbj/4QW4UdYVl7wde78eMoiaw7Wk+WoDqo5K8=", Convert.ToBase64String(hash));
    }

    [Theory]
    [InlineData(
        "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
        "000102030405060708090a0b0c",
        "f0f1f2f3f4f5f6f7f8f9",
        42,
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865")]
    [InlineData(
        "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f",
        "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
        "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
        82,
        "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87")]
    [InlineData(
        "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
        "",
        "",
        42,
        "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8")]
    public void Hkdf_Rfc5869TestCases1To3_ProduceTheOkm(string ikm, string salt, string info, int length, string okm)
    {
        byte[] result = SrpMath.Hkdf(Convert.FromHexString(ikm), Convert.FromHexString(salt), Convert.FromHexString(info), length);

        Assert.Equal(okm, SrpVectorTests.Hex(result));
    }

    [Fact]
    public void DeriveKey_UsesCalderaInfoAndSixteenBytes()
    {
        byte[] expected = SrpMath.Hkdf(SrpEncoding.Pad(12345), SrpEncoding.Pad(678), Encoding.UTF8.GetBytes("Caldera Derived Key"), 16);

        Assert.Equal(expected, SrpMath.DeriveKey(678, 12345));
    }

    [Theory]
    [InlineData("us-east-2_D8rs5PBjY", "D8rs5PBjY")]
    [InlineData("eu-west-1_abc", "abc")]
    public void GetPoolName_ReturnsThePartAfterTheUnderscore(string poolId, string expected)
    {
        Assert.Equal(expected, PasswordClaim.GetPoolName(poolId));
    }

    [Theory]
    [InlineData("nounderscore")]
    [InlineData("us-east-1_")]
    public void GetPoolName_WithoutAName_Throws(string poolId)
    {
        Assert.Throws<ArgumentException>(() => PasswordClaim.GetPoolName(poolId));
    }
}
