using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.Tests.DependencyInjection;

/// <summary>Pool ids of emulators (cognito-local's <c>local_…</c>) against the start-up validation of <see cref="CognitoKitOptions"/>.</summary>
public sealed class EmulatorPoolIdValidationTests
{
    private const string CognitoLocalPoolId = "local_7Hd9xQ2b";

    [Fact]
    public void ValidateOnStart_WithAnEmulatorPoolId_AnEndpointOverrideAndARegion_Passes()
    {
        using ServiceProvider provider = Build(o =>
        {
            o.UserPoolId = CognitoLocalPoolId;
            o.Region = "us-east-1";
            o.UserPoolEndpoint = new Uri("http://127.0.0.1:9229/");
        });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(CognitoLocalPoolId, provider.GetRequiredService<ICognitoKit>().Options.UserPoolId);
    }

    [Fact]
    public void ValidateOnStart_WithAnEmulatorPoolIdAndARegion_ButNoEndpointOverride_FailsSayingWhatToSet()
    {
        using ServiceProvider provider = Build(o =>
        {
            o.UserPoolId = CognitoLocalPoolId;
            o.Region = "us-east-1";
        });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("CognitoKit:Region 'us-east-1' does not match the region of CognitoKit:UserPoolId 'local_7Hd9xQ2b'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("set both UserPoolEndpoint and Region", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_WithAnEmulatorPoolIdAndAnEndpointOverride_ButNoRegion_FailsAskingForTheRegion()
    {
        using ServiceProvider provider = Build(o =>
        {
            o.UserPoolId = CognitoLocalPoolId;
            o.UserPoolEndpoint = new Uri("http://127.0.0.1:9229/");
        });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("CognitoKit:UserPoolId 'local_7Hd9xQ2b' does not start with an AWS region", ex.Message, StringComparison.Ordinal);
        Assert.Contains("set CognitoKit:Region", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_WithAnEndpointOverride_StillRefusesAPoolIdThatIsNoPoolId()
    {
        using ServiceProvider provider = Build(o =>
        {
            o.UserPoolId = "not a pool";
            o.Region = "us-east-1";
            o.UserPoolEndpoint = new Uri("http://127.0.0.1:9229/");
        });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("CognitoKit:UserPoolId 'not a pool' is not a user pool id", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Action<CognitoKitOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(o =>
        {
            o.ClientId = "4p0g3ovcabcdef1234567890ab";
            configure(o);
        });
        return services.BuildServiceProvider();
    }
}
