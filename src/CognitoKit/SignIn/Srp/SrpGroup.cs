using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using CognitoKit.SignIn.Srp.Managed;
using CognitoKit.SignIn.Srp.Native;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// The SRP-6a group Cognito uses: the 3072-bit MODP prime of RFC 3526 (group 15) with generator 2.
/// </summary>
internal static class SrpGroup
{
    private const string PrimeHex =
        "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74" +
        "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437" +
        "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
        "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05" +
        "98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB" +
        "9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" +
        "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718" +
        "3995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33" +
        "A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" +
        "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864" +
        "D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2" +
        "08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF";

    /// <summary>The prime modulus N.</summary>
    public static readonly BigInteger N = BigInteger.Parse("0" + PrimeHex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>The generator g = 2.</summary>
    public static readonly BigInteger G = 2;

    /// <summary>The multiplier k = H(pad(N) ‖ pad(g)).</summary>
    public static readonly BigInteger K = SrpEncoding.FromHash(SHA256.HashData([.. SrpEncoding.Pad(N), .. SrpEncoding.Pad(G)]));

    /// <summary>
    /// The managed arithmetic modulo N on the fastest kernel this CPU runs (or the portable one when asked for),
    /// shared because its constants are immutable.
    /// </summary>
    public static readonly ManagedModulus ManagedArithmetic =
        SrpArithmeticSelection.CreateManaged(N, SrpArithmeticSelection.PortableArithmeticRequested());

    private static readonly Lazy<ManagedModulus> Portable = new(() => SrpArithmeticSelection.CreateManaged(N, portable: true));

    // In the browser there is no libcrypto to load (P/Invoke into it is never attempted there).
    private static readonly Lazy<OpenSslModulus?> Native = new(() => OperatingSystem.IsBrowser() ? null : SrpArithmeticSelection.TryLoadNative(N));

    private static readonly IModularArithmetic Default =
        SrpArithmeticSelection.Choose(SrpArithmeticSelection.ManagedArithmeticRequested(), ManagedArithmetic, () => Native.Value);

    private static IModularArithmetic? s_browser;

    /// <summary>
    /// The arithmetic every SRP computation uses by default (see <see cref="SrpArithmeticSelection"/>): in the browser the
    /// page's <c>BigInt</c> once <see cref="PrepareAsync"/> has loaded it, the managed code until then.
    /// </summary>
    public static IModularArithmetic Arithmetic => s_browser ?? Default;

    /// <summary>libcrypto's arithmetic modulo N, or null where libcrypto is absent or unusable (loaded on first use).</summary>
    public static OpenSslModulus? NativeArithmetic => Native.Value;

    /// <summary>The managed arithmetic modulo N on the portable 64-bit kernel, whatever the CPU (for tests and benchmarks).</summary>
    public static ManagedModulus PortableArithmetic => Portable.Value;

    /// <summary>
    /// Makes the default arithmetic ready before an SRP computation: in the browser, imports the <c>BigInt</c> module
    /// once (unless the managed arithmetic was asked for); elsewhere there is nothing to wait for.
    /// </summary>
    public static ValueTask PrepareAsync()
    {
        if (!OperatingSystem.IsBrowser() || s_browser is not null || SrpArithmeticSelection.ManagedArithmeticRequested())
        {
            return ValueTask.CompletedTask;
        }

        return new ValueTask(LoadBrowserAsync());
    }

    /// <summary>The browser's <c>BigInt</c> arithmetic modulo N, or null outside the browser or where the page refuses the module.</summary>
    public static async ValueTask<IModularArithmetic?> TryGetBrowserArithmeticAsync()
    {
        if (!OperatingSystem.IsBrowser())
        {
            return null;
        }

        return await Browser.BrowserBigIntModule.LoadAsync().ConfigureAwait(false) ? new Browser.BrowserBigIntModulus(N) : null;
    }

    private static async Task LoadBrowserAsync()
    {
        IModularArithmetic? browser = await TryGetBrowserArithmeticAsync().ConfigureAwait(false);
        if (browser is not null)
        {
            s_browser = browser;
        }
    }
}
