using System.Text.Json;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Tests.Srp;

public sealed class SecretHashTests
{
    private const string File = "secret-hash.json";

    public static TheoryData<string, string> Vectors => SrpTestData.ByKeyAndCulture(File, "vectors", (_, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Compute_ForEachVector_MatchesExpectedHash(string index, string culture)
    {
        using var scope = new CultureScope(culture);
        JsonElement v = SrpTestData.At(File, "vectors", int.Parse(index, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(v.Str("secretHashB64"), SecretHash.Compute(v.Str("username"), v.Str("clientId"), v.Str("clientSecret")));
    }

    [Fact]
    public void Compute_PublishedAwsSdkCheckValue_Matches()
    {
        Assert.Equal("qnR8UCqJggD55PohusaBNviGoOJ67HC6Btry4qXLVZc=", SecretHash.Compute("Mess", "age", "secret"));
    }
}
