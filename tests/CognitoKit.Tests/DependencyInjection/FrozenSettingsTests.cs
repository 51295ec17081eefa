using System.Reflection;
using System.Text.Json;
using CognitoKit.SignIn.Srp;
using CognitoKit.Tests.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.Tests.DependencyInjection;

public sealed class FrozenSettingsTests
{
    private const string ClientId = "4p0g3ovcabcdef1234567890ab";
    private const string Secret = "the-real-client-secret";

    [Fact]
    public void TheSettingsTheFacadeExposes_HaveNoPublicSetter_AndNoClientSecret()
    {
        Type settings = typeof(ICognitoKit).GetProperty(nameof(ICognitoKit.Options))!.PropertyType;
        PropertyInfo[] properties = settings.GetProperties(BindingFlags.Public | BindingFlags.Instance);

        Assert.NotEmpty(properties);
        Assert.All(properties, p => Assert.True(p.SetMethod is null || !p.SetMethod.IsPublic, $"{p.Name} has a public setter"));
        Assert.DoesNotContain(properties, p => p.Name.Contains("Secret", StringComparison.Ordinal) && p.PropertyType == typeof(string));
        Assert.Empty(settings.GetFields(BindingFlags.Public | BindingFlags.Instance));
    }

    [Fact]
    public async Task ChangingTheOptionsObject_AfterTheFacadeIsBuilt_ChangesNothing()
    {
        var canned = new CannedCognitoHandler(_ => CannedCognitoHandler.Json(
            """{"CodeDeliveryDetails":{"AttributeName":"email","DeliveryMedium":"EMAIL","Destination":"a***@e***"}}"""));
        using ServiceProvider provider = new ServiceCollection()
            .AddCognitoKit(o =>
            {
                o.UserPoolId = "eu-west-1_AbC123";
                o.ClientId = ClientId;
                o.ClientSecret = Secret;
            })
            .ConfigureHttpClient(b => b.ConfigurePrimaryHttpMessageHandler(() => canned))
            .Services.BuildServiceProvider();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();

        CognitoKitOptions original = provider.GetRequiredService<IOptions<CognitoKitOptions>>().Value;
        original.ClientId = "attackerclient";
        original.ClientSecret = "attacker-secret";
        original.UserPoolId = "eu-west-1_Other1";
        await kit.ForgotPassword("alice").SendAsync();

        Assert.Equal((ClientId, "eu-west-1_AbC123", true), (kit.Options.ClientId, kit.Options.UserPoolId, kit.Options.HasClientSecret));
        using JsonDocument body = JsonDocument.Parse(Assert.Single(canned.Calls).Body);
        Assert.Equal(ClientId, body.RootElement.GetProperty("ClientId").GetString());
        Assert.Equal(SecretHash.Compute("alice", ClientId, Secret), body.RootElement.GetProperty("SecretHash").GetString());
    }

    [Fact]
    public void Settings_DescribeThemselvesWithoutTheSecret()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddCognitoKit(o =>
            {
                o.UserPoolId = "eu-west-1_AbC123";
                o.ClientId = ClientId;
                o.ClientSecret = Secret;
            })
            .Services.BuildServiceProvider();

        string text = provider.GetRequiredService<ICognitoKit>().Options.ToString()!;

        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Contains("HasClientSecret = True", text, StringComparison.Ordinal);
    }
}
