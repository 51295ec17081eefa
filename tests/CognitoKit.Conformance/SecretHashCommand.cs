using System.Text.Json;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Conformance;

/// <summary><c>secret-hash &lt;file&gt;</c>: SECRET_HASH vectors (secret-hash.json shape).</summary>
internal static class SecretHashCommand
{
    public static Task<int> RunAsync(string path)
    {
        var report = new ConformanceReport();
        JsonElement[] vectors = ConformanceReport.LoadArray(path, "vectors");
        for (int i = 0; i < vectors.Length; i++)
        {
            JsonElement v = vectors[i];
            report.Check(ConformanceReport.KeyOf(v, i), () => ConformanceReport.Expect(
                "secretHashB64", v.Str("secretHashB64"), SecretHash.Compute(v.Str("username"), v.Str("clientId"), v.Str("clientSecret"))).ToList());
        }

        return Task.FromResult(report.Finish());
    }
}
