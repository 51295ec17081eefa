using Amazon.Runtime;
using CognitoKit.Hosted;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.Tests.MultiplePools;

public sealed class NamedInstanceRegistrationTests
{
    private static void Customers(CognitoKitOptions o)
    {
        o.UserPoolId = "eu-west-1_Customers1";
        o.ClientId = "customersclient0000000000a";
    }

    private static void Staff(CognitoKitOptions o)
    {
        o.UserPoolId = "eu-west-1_Staff1";
        o.ClientId = "staffclient00000000000000b";
    }

    [Fact]
    public void AddCognitoKit_WithAName_ReturnsABuilderNamedAfterIt()
    {
        var services = new ServiceCollection();

        ICognitoKitBuilder builder = services.AddCognitoKit("staff", Staff);

        Assert.Equal("staff", builder.Name);
        Assert.Same(services, builder.Services);
    }

    [Fact]
    public void AddCognitoKit_SameNameTwice_ThrowsNamingTheInstance()
    {
        var services = new ServiceCollection();
        services.AddCognitoKit("staff", Staff);

        var error = Assert.Throws<InvalidOperationException>(() => services.AddCognitoKit("staff", Customers));

        Assert.Contains("'staff' is already registered", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("staff pool")]
    [InlineData("staff/eu")]
    [InlineData("-staff")]
    [InlineData("a-name-that-goes-on-far-longer-than-any-sensible-instance-name-would")]
    public void AddCognitoKit_WithANameThatCannotNameAnInstance_ThrowsArgumentException(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCognitoKit(name, Staff));

        Assert.Equal("name", error.ParamName);
        Assert.Contains("cannot name a CognitoKit instance", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamedInstances_AreKeyed_AndTheUnnamedOneStaysResolvableWithoutAKey()
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(Customers);
        services.AddCognitoKit("staff", Staff);
        using ServiceProvider provider = services.BuildServiceProvider();

        ICognitoKit unnamed = provider.GetRequiredService<ICognitoKit>();
        ICognitoKit staff = provider.GetRequiredKeyedService<ICognitoKit>("staff");

        Assert.Equal("eu-west-1_Customers1", unnamed.Options.UserPoolId);
        Assert.Equal("eu-west-1_Staff1", staff.Options.UserPoolId);
        Assert.NotSame(unnamed.Sessions, staff.Sessions);
        Assert.NotSame(unnamed.Tokens, staff.Tokens);
        Assert.Same(staff, provider.GetRequiredKeyedService<ICognitoKit>("staff"));
        Assert.Null(provider.GetKeyedService<ICognitoKit>("customers"));
        Assert.Equal("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Staff1", Assert.IsType<CognitoTokenValidator>(staff.Tokens).Issuer);
    }

    [Fact]
    public void NamedInstance_WithInvalidOptions_FailsNamingTheInstancesSetting()
    {
        using ServiceProvider provider = new ServiceCollection().AddCognitoKit("staff", o => o.ClientId = "abc").Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<ICognitoKit>("staff"));

        Assert.Equal("staff", error.OptionsName);
        Assert.Contains("CognitoKit[staff]:UserPoolId is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuilderParts_OfANamedInstance_ReachOnlyThatInstance()
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(Customers)
            .AddHostedUI(o => o.Domain = new Uri("https://customers.auth.eu-west-1.amazoncognito.com/"))
            .AddTokenValidation(o => o.RequiredGroups.Add("customers"));
        services.AddCognitoKit("staff", Staff)
            .AddHostedUI(o => o.Domain = new Uri("https://staff.auth.eu-west-1.amazoncognito.com/"))
            .AddTokenValidation(o => o.AllowedClientIds.Add("staffadminclient000000000c"))
            .AddAdminCredentials(new BasicAWSCredentials("AKIDSTAFF", "s"));
        using ServiceProvider provider = services.BuildServiceProvider();
        IOptionsMonitor<CognitoHostedUIOptions> hosted = provider.GetRequiredService<IOptionsMonitor<CognitoHostedUIOptions>>();
        IOptionsMonitor<CognitoTokenValidationOptions> validation = provider.GetRequiredService<IOptionsMonitor<CognitoTokenValidationOptions>>();

        Assert.Equal("staff.auth.eu-west-1.amazoncognito.com", hosted.Get("staff").Domain?.Host);
        Assert.Equal("customers.auth.eu-west-1.amazoncognito.com", hosted.Get(Options.DefaultName).Domain?.Host);
        Assert.Equal(["staffclient00000000000000b", "staffadminclient000000000c"], validation.Get("staff").AllowedClientIds);
        Assert.Empty(validation.Get("staff").RequiredGroups);
        Assert.Equal(["customers"], validation.CurrentValue.RequiredGroups);
        Assert.Equal(["customersclient0000000000a"], validation.CurrentValue.AllowedClientIds);
    }
}
