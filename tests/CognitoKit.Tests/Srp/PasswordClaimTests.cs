using System.Numerics;
using System.Text.Json;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Tests.Srp;

public sealed class PasswordClaimTests
{
    private static JsonElement First => SrpTestData.At("srp-vectors.json", "vectors", 0);

    [Theory]
    [InlineData("0")]
    [InlineData("000")]
    [InlineData("N")]
    [InlineData("2N")]
    public void Compute_WithServerPublicCongruentToZero_ThrowsProtocolErrorForSrpB(string b)
    {
        string bHex = b switch
        {
            "N" => SrpEncoding.ToHex(SrpGroup.N),
            "2N" => SrpEncoding.ToHex(2 * SrpGroup.N),
            _ => b,
        };

        var error = Assert.Throws<SrpProtocolException>(() => Compute(bHex: bHex));

        Assert.Equal("SRP_B", error.ParameterName);
    }

    [Theory]
    [InlineData("SALT", "zz")]
    [InlineData("SRP_B", "-1234")]
    [InlineData("SECRET_BLOCK", "not base64!")]
    [InlineData("SECRET_BLOCK", "")]
    public void Compute_WithMalformedChallengeParameter_ThrowsNamingIt(string parameter, string bad)
    {
        var error = Assert.Throws<SrpProtocolException>(() => parameter switch
        {
            "SALT" => Compute(saltHex: bad),
            "SRP_B" => Compute(bHex: bad),
            _ => Compute(secretBlock: bad),
        });

        Assert.Equal(parameter, error.ParameterName);
    }

    [Fact]
    public void Compute_WithSameEphemeralTwice_Throws()
    {
        SrpEphemeral ephemeral = SrpEphemeral.FromPrivateValue(Convert.FromHexString(First.Str("aHex")));
        Compute(ephemeral: ephemeral);

        Assert.True(ephemeral.IsClaimed);
        Assert.Throws<InvalidOperationException>(() => Compute(ephemeral: ephemeral));
    }

    [Fact]
    public void Compute_ErrorMessages_NeverContainThePassword()
    {
        var error = Assert.Throws<SrpProtocolException>(() => Compute(saltHex: "xyz", password: "Sup3r$ecret"));

        Assert.DoesNotContain("Sup3r$ecret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ephemeral_ToString_RevealsNoValue()
    {
        SrpEphemeral ephemeral = SrpEphemeral.Create();

        Assert.Equal(nameof(SrpEphemeral), ephemeral.ToString());
        Assert.NotEqual(BigInteger.Zero, ephemeral.PublicValue % SrpGroup.N);
    }

    [Fact]
    public async Task EphemeralSource_ConcurrentTakers_NeverShareAnEphemeral()
    {
        var source = new SrpEphemeralSource();
        source.Prefetch();

        SrpEphemeral[] taken = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => source.TakeAsync(CancellationToken.None)));

        Assert.Equal(taken.Length, taken.Distinct().Count());
        Assert.Equal(taken.Length, taken.Select(e => e.PublicValueHex).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task EphemeralSource_HandsOutDistinctEphemeralsFromItsFactory()
    {
        int created = 0;
        var source = new SrpEphemeralSource(() =>
        {
            int n = Interlocked.Increment(ref created);
            return SrpEphemeral.FromPrivateValue([(byte)n]);
        });

        SrpEphemeral first = await source.TakeAsync(CancellationToken.None);
        SrpEphemeral second = await source.TakeAsync(CancellationToken.None);

        string[] expected = [SrpEncoding.ToHex(2), SrpEncoding.ToHex(4), SrpEncoding.ToHex(8)];
        Assert.Contains(first.PublicValueHex, expected);
        Assert.Contains(second.PublicValueHex, expected);
        Assert.NotEqual(first.PublicValueHex, second.PublicValueHex);
    }

    private static string Compute(
        string? saltHex = null, string? bHex = null, string? secretBlock = null, string? password = null, SrpEphemeral? ephemeral = null)
    {
        JsonElement v = First;
        return PasswordClaim.Compute(
            v.Str("poolName"), v.Str("username"), password ?? v.Str("password"), saltHex ?? v.Str("saltHex"), bHex ?? v.Str("BHex"),
            secretBlock ?? v.Str("secretBlockB64"), v.Str("timestamp"),
            ephemeral ?? SrpEphemeral.FromPrivateValue(Convert.FromHexString(v.Str("aHex"))));
    }
}
