using CognitoKit.SignIn.Srp.Managed;
using CognitoKit.SignIn.Srp.Native;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// Chooses the SRP arithmetic backend: the platform's libcrypto when it loads and passes its self
/// test, the managed Montgomery code otherwise or when the application asks for it.
/// </summary>
/// <remarks>
/// Force the managed code with the AppContext switch <c>CognitoKit.Srp.UseManagedArithmetic</c>
/// (for example <c>&lt;RuntimeHostConfigurationOption Include="CognitoKit.Srp.UseManagedArithmetic" Value="true" /&gt;</c>)
/// or the environment variable <c>COGNITOKIT_SRP_USE_MANAGED_ARITHMETIC=1</c>; the switch wins
/// when both are set. Read once, when the SRP group is first used.
/// </remarks>
internal static class SrpArithmeticSelection
{
    /// <summary>The AppContext switch that forces the managed arithmetic.</summary>
    public const string SwitchName = "CognitoKit.Srp.UseManagedArithmetic";

    /// <summary>The environment variable that forces the managed arithmetic (<c>1</c> or <c>true</c>).</summary>
    public const string EnvironmentVariable = "COGNITOKIT_SRP_USE_MANAGED_ARITHMETIC";

    /// <summary>The AppContext switch that forces the managed arithmetic on its portable kernel.</summary>
    public const string PortableSwitchName = "CognitoKit.Srp.UsePortableManagedArithmetic";

    /// <summary>The environment variable that forces the managed arithmetic on its portable kernel (<c>1</c> or <c>true</c>).</summary>
    public const string PortableEnvironmentVariable = "COGNITOKIT_SRP_USE_PORTABLE_MANAGED_ARITHMETIC";

    /// <summary>Whether the process asked for the managed arithmetic (the portable kernel counts as asking).</summary>
    public static bool ManagedArithmeticRequested() =>
        PortableArithmeticRequested() ||
        ManagedArithmeticRequested(
            name => AppContext.TryGetSwitch(name, out bool enabled) ? enabled : null,
            Environment.GetEnvironmentVariable);

    /// <summary>Whether the process asked for the portable managed kernel rather than the vector one.</summary>
    public static bool PortableArithmeticRequested() =>
        Requested(
            PortableSwitchName,
            PortableEnvironmentVariable,
            name => AppContext.TryGetSwitch(name, out bool enabled) ? enabled : null,
            Environment.GetEnvironmentVariable);

    /// <summary>
    /// The managed arithmetic modulo <paramref name="modulus"/>: the AVX2 vector kernel where the CPU has it, else (or
    /// when <paramref name="portable"/>) the portable scalar kernel.
    /// </summary>
    /// <remarks>
    /// AVX2 rather than AVX-512F even where both exist: the 512-bit kernel measured only 5-15% faster on the AMD CPU
    /// benchmarked, and several Intel server CPUs lower their clock for 512-bit multiplies, slowing the whole process.
    /// </remarks>
    public static ManagedModulus CreateManaged(System.Numerics.BigInteger modulus, bool portable)
    {
        MontgomeryKernel kernel = portable || !VectorMontgomeryKernel.IsSupported
            ? new PortableMontgomeryKernel(modulus)
            : new VectorMontgomeryKernel(modulus, useAvx512: false);
        return new ManagedModulus(kernel);
    }

    /// <summary>Whether the managed arithmetic is requested, reading the switch and the environment through the given functions.</summary>
    public static bool ManagedArithmeticRequested(Func<string, bool?> appContextSwitch, Func<string, string?> environment) =>
        Requested(SwitchName, EnvironmentVariable, appContextSwitch, environment);

    /// <summary>Whether the portable kernel is requested, reading the switch and the environment through the given functions.</summary>
    public static bool PortableArithmeticRequested(Func<string, bool?> appContextSwitch, Func<string, string?> environment) =>
        Requested(PortableSwitchName, PortableEnvironmentVariable, appContextSwitch, environment);

    private static bool Requested(string switchName, string variable, Func<string, bool?> appContextSwitch, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(appContextSwitch);
        ArgumentNullException.ThrowIfNull(environment);
        if (appContextSwitch(switchName) is bool enabled)
        {
            return enabled;
        }

        string? value = environment(variable)?.Trim();
        return value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Returns <paramref name="managed"/> when requested or when <paramref name="tryNative"/> yields nothing.</summary>
    public static IModularArithmetic Choose(bool managedRequested, IModularArithmetic managed, Func<IModularArithmetic?> tryNative)
    {
        ArgumentNullException.ThrowIfNull(managed);
        ArgumentNullException.ThrowIfNull(tryNative);
        return managedRequested ? managed : tryNative() ?? managed;
    }

    /// <summary>Loads libcrypto and binds it to <paramref name="modulus"/>, or returns null.</summary>
    public static OpenSslModulus? TryLoadNative(System.Numerics.BigInteger modulus)
    {
        try
        {
            return OpenSslModulus.TryCreate(LibCrypto.TryLoad(), modulus);
        }
        catch (DllNotFoundException)
        {
            return null;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }
}
