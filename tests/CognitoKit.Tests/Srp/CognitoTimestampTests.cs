using System.Text.Json;
using CognitoKit.SignIn.Srp;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.Tests.Srp;

public sealed class CognitoTimestampTests
{
    private const string File = "srp-timestamps.json";

    public static TheoryData<string, string> Pairs => SrpTestData.ByKeyAndCulture(File, "pairs", (_, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Format_ForEachVectorInstant_MatchesCognitoText(string index, string culture)
    {
        using var scope = new CultureScope(culture);
        JsonElement pair = SrpTestData.At(File, "pairs", int.Parse(index, System.Globalization.CultureInfo.InvariantCulture));

        string text = CognitoTimestamp.Format(DateTimeOffset.FromUnixTimeSeconds(pair.GetProperty("epochSeconds").GetInt64()));

        Assert.Equal(pair.Str("timestamp"), text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void Format_PublishedCheckValue_IsCultureIndependent(string culture)
    {
        using var scope = new CultureScope(culture);

        Assert.Equal("Sat Dec 31 23:59:59 UTC 2022", CognitoTimestamp.Format(new DateTimeOffset(2022, 12, 31, 23, 59, 59, TimeSpan.Zero)));
        Assert.Equal("Sat Jan 1 00:00:00 UTC 2022", CognitoTimestamp.Format(new DateTimeOffset(2022, 1, 1, 9, 0, 0, TimeSpan.FromHours(9))));
    }

    [Fact]
    public void Now_UsesTheTimeProviderInUtc()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 2, 29, 7, 5, 3, TimeSpan.Zero));

        Assert.Equal("Thu Feb 29 07:05:03 UTC 2024", CognitoTimestamp.Now(clock));
    }
}
