using CognitoKit.SignIn.Srp;
using CognitoKit.SignIn.Srp.Managed;

namespace CognitoKit.Tests.Srp;

public sealed class SrpArithmeticSelectionTests
{
    private static readonly IModularArithmetic Managed = SrpGroup.ManagedArithmetic;

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData(" TRUE ", true)]
    [InlineData("0", false)]
    [InlineData("false", false)]
    [InlineData("yes please", false)]
    [InlineData(null, false)]
    public void ManagedArithmeticRequested_WithoutSwitch_FollowsTheEnvironmentVariable(string? value, bool expected)
    {
        bool requested = SrpArithmeticSelection.ManagedArithmeticRequested(
            _ => null,
            name => name == SrpArithmeticSelection.EnvironmentVariable ? value : null);

        Assert.Equal(expected, requested);
    }

    [Theory]
    [InlineData(true, "0", true)]
    [InlineData(false, "1", false)]
    public void ManagedArithmeticRequested_WithSwitch_TheSwitchWinsOverTheEnvironment(bool switchValue, string environmentValue, bool expected)
    {
        string? askedSwitch = null;
        bool requested = SrpArithmeticSelection.ManagedArithmeticRequested(
            name =>
            {
                askedSwitch = name;
                return switchValue;
            },
            _ => environmentValue);

        Assert.Equal(expected, requested);
        Assert.Equal("CognitoKit.Srp.UseManagedArithmetic", askedSwitch);
    }

    [Fact]
    public void Choose_WhenManagedRequested_NeverLoadsTheNativeLibrary()
    {
        IModularArithmetic chosen = SrpArithmeticSelection.Choose(true, Managed, () => throw new InvalidOperationException("loaded"));

        Assert.Same(Managed, chosen);
    }

    [Fact]
    public void Choose_WhenNativeIsUnavailable_FallsBackToManaged()
    {
        Assert.Same(Managed, SrpArithmeticSelection.Choose(false, Managed, () => null));
    }

    [Fact]
    public void Choose_WhenNativeLoads_PrefersIt()
    {
        IModularArithmetic native = new ManagedModulus(new PortableMontgomeryKernel(SrpGroup.N));

        Assert.Same(native, SrpArithmeticSelection.Choose(false, Managed, () => native));
    }

    [Theory]
    [InlineData(null, "1", true)]
    [InlineData(null, "0", false)]
    [InlineData(null, null, false)]
    [InlineData(false, "1", false)]
    [InlineData(true, null, true)]
    public void PortableArithmeticRequested_ReadsItsOwnSwitchThenItsOwnVariable(bool? switchValue, string? environmentValue, bool expected)
    {
        bool requested = SrpArithmeticSelection.PortableArithmeticRequested(
            name => name == "CognitoKit.Srp.UsePortableManagedArithmetic" ? switchValue : null,
            name => name == "COGNITOKIT_SRP_USE_PORTABLE_MANAGED_ARITHMETIC" ? environmentValue : null);

        Assert.Equal(expected, requested);
    }

    [Fact]
    public void CreateManaged_WithPortable_UsesThePortableKernelWhateverTheCpu()
    {
        ManagedModulus managed = SrpArithmeticSelection.CreateManaged(SrpGroup.N, portable: true);

        Assert.Equal("portable", managed.KernelName);
        Assert.Equal(System.Numerics.BigInteger.ModPow(2, 12345, SrpGroup.N), managed.PowerOfTwo(12345));
    }

    [Fact]
    public void CreateManaged_WithoutPortable_UsesTheVectorKernelWhereAvx2Exists()
    {
        ManagedModulus managed = SrpArithmeticSelection.CreateManaged(SrpGroup.N, portable: false);

        Assert.Equal(System.Runtime.Intrinsics.X86.Avx2.IsSupported ? "avx2" : "portable", managed.KernelName);
    }
}
