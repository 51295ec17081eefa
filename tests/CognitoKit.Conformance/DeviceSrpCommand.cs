using System.Text.Json;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Conformance;

/// <summary><c>device-srp &lt;file&gt;</c>: device verifier creation and DEVICE_PASSWORD_VERIFIER (device-srp-vectors.json shape).</summary>
internal static class DeviceSrpCommand
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
                JsonElement g = v.GetProperty("generateHashDevice");
                byte[] random = Convert.FromHexString(g.Str("randomBytesHex"));
                DeviceVerifier verifier = DeviceVerifier.Create(
                    v.Str("deviceGroupKey"), v.Str("deviceKey"), random.AsSpan(0, DeviceVerifier.PasswordLength), random.AsSpan(DeviceVerifier.PasswordLength));
                var problems = new List<string>();
                problems.AddRange(ConformanceReport.Expect("randomPassword", g.Str("randomPassword"), verifier.DevicePassword));
                problems.AddRange(ConformanceReport.Expect("confirmDevice.Salt", g.GetProperty("confirmDevice").Str("Salt"), verifier.Salt));
                problems.AddRange(ConformanceReport.Expect(
                    "confirmDevice.PasswordVerifier", g.GetProperty("confirmDevice").Str("PasswordVerifier"), verifier.PasswordVerifier));

                JsonElement d = v.GetProperty("deviceSrp");
                problems.AddRange(SrpValues.CheckExchange(d, d.GetProperty("expected"), v.Str("deviceGroupKey"), v.Str("deviceKey"), verifier.DevicePassword));
                return problems;
            });
        }

        return Task.FromResult(report.Finish());
    }
}
