using System.Globalization;
using System.Numerics;
using System.Runtime.Versioning;

namespace CognitoKit.SignIn.Srp.Browser;

/// <summary>
/// Modular exponentiation with the browser's own <c>BigInt</c>, through <see cref="BrowserBigIntModule"/>.
/// </summary>
/// <remarks>
/// <para>Measured in Chromium on the .NET WebAssembly interpreter (no AOT), a 3072-bit power with a 1,024-bit
/// exponent takes tens of milliseconds here against seconds for the managed Montgomery code, whose tight limb loops are
/// what the interpreter runs slowest; see the "Blazor WebAssembly" section of the performance page.</para>
/// <para>The JavaScript side walks the exponent in fixed 4-bit windows, so the sequence of multiplications depends only
/// on the exponent's length. <c>BigInt</c> arithmetic itself is not constant-time (its cost follows the operands'
/// values), and the table lookup is an array index: code running in the same page could in principle time it. Such code
/// could equally read the password from the form, so in the browser this is the trade the page already makes.</para>
/// </remarks>
[SupportedOSPlatform("browser")]
internal sealed class BrowserBigIntModulus : IModularArithmetic
{
    /// <summary>The backend's name.</summary>
    public const string BackendName = "browser-bigint";

    private readonly string _modulusHex;

    /// <summary>Binds the loaded module to <paramref name="modulus"/>.</summary>
    public BrowserBigIntModulus(BigInteger modulus)
    {
        if (modulus <= BigInteger.One || modulus.IsEven)
        {
            throw new ArgumentOutOfRangeException(nameof(modulus), "The modulus must be odd and greater than one.");
        }

        Modulus = modulus;
        _modulusHex = ToHex(modulus);
    }

    /// <inheritdoc/>
    public string Name => BackendName;

    /// <inheritdoc/>
    public BigInteger Modulus { get; }

    /// <inheritdoc/>
    public BigInteger ModPow(BigInteger value, BigInteger exponent)
    {
        if (exponent.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), "The exponent must not be negative.");
        }

        BigInteger reduced = BigInteger.Remainder(value, Modulus);
        if (reduced.Sign < 0)
        {
            reduced += Modulus;
        }

        return FromHex(BrowserBigIntModule.ModPow(ToHex(reduced), ToHex(exponent), _modulusHex));
    }

    /// <inheritdoc/>
    public BigInteger PowerOfTwo(BigInteger exponent) => ModPow(2, exponent);

    /// <inheritdoc/>
    public override string ToString() => nameof(BrowserBigIntModulus);

    private static string ToHex(BigInteger value) => value.IsZero ? "0" : value.ToString("x", CultureInfo.InvariantCulture);

    private static BigInteger FromHex(string hex) =>
        BigInteger.Parse("0" + hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
