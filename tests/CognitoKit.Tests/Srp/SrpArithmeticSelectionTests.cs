using CognitoKit.SignIn.Srp;

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
        IModularArithmetic native = new MontgomeryModulus(SrpGroup.N);

        Assert.Same(native, SrpArithmeticSelection.Choose(false, Managed, () => native));
    }
}
