using System.Globalization;
using CognitoKit.IntegrationTests.Infrastructure;

namespace CognitoKit.IntegrationTests.SignIn;

/// <summary>
/// End to end: SRP sign-in (its timestamp and number encodings) and device SRP must work whatever the
/// thread culture is, including Buddhist-calendar, Arabic-digit/Hijri and Turkish-casing cultures.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class SignInUnderCulturesTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    public static TheoryData<string, bool> Cultures => new()
    {
        { "th-TH", false }, { "th-TH", true },
        { "ar-SA", false }, { "ar-SA", true },
        { "tr-TR", false }, { "tr-TR", true },
    };

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task SrpSignIn_ThenDeviceSrpSignIn_UnderCulture_SignInTheUser(string cultureName, bool clientSecret)
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = clientSecret, DeviceTracking = true });
        string username = "Iiıİ-" + Guid.NewGuid().ToString("N")[..8];
        await pool.CreateUserAsync(username, Password);
        CultureInfo culture = CultureInfo.CurrentCulture;
        CultureInfo uiCulture = CultureInfo.CurrentUICulture;
        SignedIn first;
        SignedIn second;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(cultureName);
            first = Assert.IsType<SignedIn>(await pool.Kit.SignIn(username, Password).TrackNewDevice().SendAsync(default));
            second = Assert.IsType<SignedIn>(await pool.Kit.SignIn(username, Password).WithDevice(first.NewDevice?.Secrets).SendAsync(default));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }

        Assert.Equal(username, first.Session.Username);
        Assert.NotNull(first.NewDevice);
        Assert.Equal(first.NewDevice.DeviceKey, second.Session.DeviceKey);
        Assert.Contains(pool.Emulator.Requests.All, r => r.Body.Contains("DEVICE_PASSWORD_VERIFIER", StringComparison.Ordinal) && r.Body.Contains(pool.ClientId, StringComparison.Ordinal));
    }
}
