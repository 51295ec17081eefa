using System.Text.Json;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Conformance;

/// <summary><c>timestamps &lt;file&gt;</c>: TIMESTAMP formatting pairs (srp-timestamps.json shape).</summary>
internal static class TimestampsCommand
{
    public static Task<int> RunAsync(string path)
    {
        var report = new ConformanceReport();
        JsonElement[] pairs = ConformanceReport.LoadArray(path, "pairs");
        for (int i = 0; i < pairs.Length; i++)
        {
            JsonElement p = pairs[i];
            report.Check(ConformanceReport.KeyOf(p, i), () => ConformanceReport.Expect(
                "timestamp",
                p.Str("timestamp"),
                CognitoTimestamp.Format(DateTimeOffset.FromUnixTimeSeconds(p.GetProperty("epochSeconds").GetInt64()))).ToList());
        }

        return Task.FromResult(report.Finish());
    }
}
