using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;

namespace CognitoKit.SignIn.Srp.Browser;

/// <summary>
/// The small JavaScript module behind <see cref="BrowserBigIntModulus"/>, imported once from a <c>data:</c> URL so that
/// the package needs no static web asset and no script tag in the app's page.
/// </summary>
/// <remarks>
/// A Content-Security-Policy whose <c>script-src</c> does not allow <c>data:</c> refuses the import; the import then
/// fails, <see cref="LoadAsync"/> returns false and SRP keeps the managed arithmetic (correct, only slower).
/// </remarks>
[SupportedOSPlatform("browser")]
internal static partial class BrowserBigIntModule
{
    /// <summary>The name the module is registered under with <see cref="JSHost"/>.</summary>
    public const string ModuleName = "cognitokit-srp-bigint";

    // Hex in, hex out: the cheapest exact way across the interop boundary for numbers of a few hundred bytes.
    // Fixed 4-bit windows from the top: 4 squarings and one table multiplication per window, whatever the digits.
    private const string Source = """
        export function modPow(baseHex, exponentHex, modulusHex) {
          const m = BigInt('0x' + modulusHex);
          const table = new Array(16);
          table[0] = 1n;
          table[1] = BigInt('0x' + baseHex) % m;
          for (let i = 2; i < 16; i++) table[i] = (table[i - 1] * table[1]) % m;
          let result = 1n;
          for (let i = 0; i < exponentHex.length; i++) {
            result = (result * result) % m;
            result = (result * result) % m;
            result = (result * result) % m;
            result = (result * result) % m;
            result = (result * table[parseInt(exponentHex[i], 16)]) % m;
          }
          return result.toString(16);
        }
        """;

    private static Task<bool>? s_loading;
    // Kept for the page's lifetime: the generated bindings look the module up by name.
    private static JSObject? s_module;

    /// <summary>Whether the module has been imported.</summary>
    public static bool IsLoaded => s_module is not null;

    /// <summary>Imports the module once; false when the page refuses it.</summary>
    public static Task<bool> LoadAsync() => s_loading ??= ImportAsync();

    /// <summary>value^exponent mod modulus, all as lowercase hex without sign or prefix.</summary>
    [JSImport("modPow", ModuleName)]
    internal static partial string ModPow(string valueHex, string exponentHex, string modulusHex);

    private static async Task<bool> ImportAsync()
    {
        try
        {
            string url = "data:text/javascript;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Source));
            s_module = await JSHost.ImportAsync(ModuleName, url).ConfigureAwait(false);
            return true;
        }
        catch (JSException)
        {
            return false;
        }
    }
}
