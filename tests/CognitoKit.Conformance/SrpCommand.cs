using System.Text.Json;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Conformance;

/// <summary><c>srp &lt;file&gt;</c>: USER_SRP_AUTH → PASSWORD_VERIFIER vectors (srp-vectors.json shape).</summary>
internal static class SrpCommand
{
    public static Task<int> RunAsync(string path)
    {
        var report = new ConformanceReport();
        JsonElement[] vectors = ConformanceReport.LoadArray(path, "vectors");
        for (int i = 0; i < vectors.Length; i++)
        {
            JsonElement v = vectors[i];
            report.Check(ConformanceReport.KeyOf(v, i), () =>
            {
                string poolName = PasswordClaim.GetPoolName(v.Str("userPoolId"));
                List<string> problems = [.. ConformanceReport.Expect("poolName", v.Str("poolName"), poolName)];
                problems.AddRange(SrpValues.CheckExchange(v, v.GetProperty("expected"), poolName, v.Str("username"), v.Str("password")));
                return problems;
            });
        }

        return Task.FromResult(report.Finish());
    }
}
