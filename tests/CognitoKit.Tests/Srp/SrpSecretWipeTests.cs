using System.Text.Json;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.Tests.Srp;

/// <summary>The byte buffers that hold SRP secrets are zero once a claim or a device verifier is computed.</summary>
public sealed class SrpSecretWipeTests
{
    [Fact]
    public void PasswordClaim_WipesThePasswordHashXSAndTheHkdfKeyMaterial()
    {
        JsonElement v = SrpTestData.At("srp-vectors.json", "vectors", 0);
        JsonElement e = v.GetProperty("expected");
        var wiped = new List<(string Holds, byte[] Buffer, byte[] Before)>();

        string signature;
        using (SecretBytes.ObserveWipes((holds, buffer) => wiped.Add((holds, buffer, buffer.ToArray()))))
        {
            signature = PasswordClaim.Compute(
                v.Str("poolName"), v.Str("username"), v.Str("password"), v.Str("saltHex"), v.Str("BHex"),
                v.Str("secretBlockB64"), v.Str("timestamp"), SrpEphemeral.FromPrivateValue(Convert.FromHexString(v.Str("aHex"))));
        }

        Assert.Equal(e.Str("signatureB64"), signature);
        Assert.Equal(
            ["HKDF key", "HKDF pseudorandom key", "S", "identity:password", "password", "password hash", "salted password hash", "x"],
            wiped.Select(w => w.Holds).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(e.Str("innerHashHex"), SrpVectorTests.Hex(Single(wiped, "password hash").Before));
        Assert.Equal(e.Str("SHex"), SrpVectorTests.Hex(Single(wiped, "S").Before));
        Assert.Equal(e.Str("hkdfKeyHex"), SrpVectorTests.Hex(Single(wiped, "HKDF key").Before));
        AssertAllZeroNow(wiped);
    }

    [Fact]
    public void DeviceVerifier_WipesThePasswordHashAndX()
    {
        var wiped = new List<(string Holds, byte[] Buffer, byte[] Before)>();

        using (SecretBytes.ObserveWipes((holds, buffer) => wiped.Add((holds, buffer, buffer.ToArray()))))
        {
            DeviceVerifier.Create("-group", "us-east-1_device");
        }

        Assert.Equal(
            ["device password (Base64)", "identity:password", "password hash", "salted password hash", "x"],
            wiped.Select(w => w.Holds).Distinct().Order(StringComparer.Ordinal));
        AssertAllZeroNow(wiped);
    }

    [Fact]
    public void DeviceVerifierForADiscardedPassword_WipesThePasswordItsTextAndEveryHash_AndItsVerifierMatchesThatPassword()
    {
        var wiped = new List<(string Holds, byte[] Buffer, byte[] Before)>();

        (string PasswordVerifier, string Salt) config;
        using (SecretBytes.ObserveWipes((holds, buffer) => wiped.Add((holds, buffer, buffer.ToArray()))))
        {
            config = DeviceVerifier.CreateForDiscardedPassword("-group", "us-east-1_device");
        }

        Assert.Equal(
            ["device password", "device password (Base64)", "identity:password", "password hash", "salted password hash", "x"],
            wiped.Select(w => w.Holds).Distinct().Order(StringComparer.Ordinal));
        AssertAllZeroNow(wiped);
        byte[] password = Single(wiped, "device password").Before;
        Assert.Equal(DeviceVerifier.PasswordLength, password.Length);
        Assert.Equal(Convert.ToBase64String(password), System.Text.Encoding.ASCII.GetString(Single(wiped, "device password (Base64)").Before));
        DeviceVerifier recomputed = DeviceVerifier.Create("-group", "us-east-1_device", password, Convert.FromBase64String(config.Salt));
        Assert.Equal(recomputed.PasswordVerifier, config.PasswordVerifier);
    }

    [Fact]
    public async Task ObserveWipes_DoesNotSeeAnotherFlowRunningMeanwhile()
    {
        var go = new TaskCompletionSource();
        Task other = Task.Run(async () =>
        {
            await go.Task;
            DeviceVerifier.Create("-group", "us-east-1_device");
        });
        var seen = 0;

        using (SecretBytes.ObserveWipes((_, _) => Interlocked.Increment(ref seen)))
        {
            go.SetResult();
            await other;
        }

        Assert.Equal(0, seen);
    }

    private static (string Holds, byte[] Buffer, byte[] Before) Single(List<(string Holds, byte[] Buffer, byte[] Before)> wiped, string holds) =>
        Assert.Single(wiped, w => w.Holds == holds);

    private static void AssertAllZeroNow(List<(string Holds, byte[] Buffer, byte[] Before)> wiped)
    {
        Assert.All(wiped, w =>
        {
            Assert.True(w.Before.Any(b => b != 0), $"The '{w.Holds}' buffer was empty before the wipe, so it was not the real one.");
            Assert.True(w.Buffer.All(b => b == 0), $"The '{w.Holds}' buffer still holds data after the computation.");
        });
    }
}
