using System.Reflection;
using Amazon.Runtime;
using CognitoKit.Hosted;
using CognitoKit.Tests.Protocol;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.Tests.DependencyInjection;

public sealed class CognitoKitBuilderTests
{
    private static void Valid(CognitoKitOptions o)
    {
        o.UserPoolId = "eu-west-1_AbC123";
        o.ClientId = "4p0g3ovcabcdef1234567890ab";
    }

    [Fact]
    public void AddCognitoKit_ReturnsABuilderOverTheSameCollection_NamedAsTheDefaultOptions()
    {
        var services = new ServiceCollection();

        ICognitoKitBuilder builder = services.AddCognitoKit(Valid);

        Assert.Same(services, builder.Services);
        Assert.Equal(Options.DefaultName, builder.Name);
    }

    [Fact]
    public void AddHostedUI_OnTheBuilder_ConfiguresTheHostedOptions()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddCognitoKit(Valid)
            .AddHostedUI(o => o.Domain = new Uri("https://my-app.auth.eu-west-1.amazoncognito.com/"))
            .Services.BuildServiceProvider();

        Assert.Equal(new Uri("https://my-app.auth.eu-west-1.amazoncognito.com/"), provider.GetRequiredService<IOptions<CognitoHostedUIOptions>>().Value.Domain);
    }

    [Fact]
    public void AddTokenValidation_OnTheBuilder_AddsToTheValidatorConfiguredFromTheKit()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddCognitoKit(Valid)
            .AddTokenValidation(o => o.AllowedClientIds.Add("hostedclient"))
            .Services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<CognitoTokenValidationOptions>>().Value;

        Assert.Equal(["4p0g3ovcabcdef1234567890ab", "hostedclient"], options.AllowedClientIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ConfigureHttpClient_AddsAHandlerToCognitoKitsClient_WhileAppWideHandlersStayOut()
    {
        var canned = new CannedCognitoHandler(_ => CannedCognitoHandler.Json("""{"Username":"alice"}"""));
        var mine = new CountingHandler();
        var appWide = new CountingHandler();
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => appWide));
        services.AddCognitoKit(Valid)
            .ConfigureHttpClient(b => b.AddHttpMessageHandler(() => mine).ConfigurePrimaryHttpMessageHandler(() => canned));
        using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IUserPoolsClient>().GetUserAsync(new() { AccessToken = "t" }, CancellationToken.None);

        Assert.Equal(1, mine.Count);
        Assert.Equal(0, appWide.Count);
        Assert.Equal(1, canned.Count);
    }

    [Fact]
    public void ConfigureHttpClient_ReachesEveryClientCognitoKitUses()
    {
        var names = new List<string>();
        new ServiceCollection().AddCognitoKit(Valid).ConfigureHttpClient(b => names.Add(b.Name));

        Assert.Equal(
            [CognitoKitServiceCollectionExtensions.HttpClientName, CognitoTokenValidator.HttpClientName, OAuthEndpointClient.HttpClientName],
            names);
    }

    [Fact]
    public async Task AddAdminCredentials_OnTheBuilder_SignTheAdminOperations()
    {
        var canned = new CannedCognitoHandler(_ => CannedCognitoHandler.Json("{}"));
        using ServiceProvider provider = new ServiceCollection()
            .AddCognitoKit(Valid)
            .AddAdminCredentials(new BasicAWSCredentials("AKIDBUILDER", "s"))
            .ConfigureHttpClient(b => b.ConfigurePrimaryHttpMessageHandler(() => canned))
            .Services.BuildServiceProvider();

        await provider.GetRequiredService<ICognitoKit>().Admin.DeleteUserAsync("bob");

        // AdminGetUser (the sub, for revocation), then AdminDeleteUser: both signed.
        Assert.Equal(["AdminGetUser", "AdminDeleteUser"], canned.Calls.Select(c => c.Operation));
        Assert.All(canned.Calls, c => Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDBUILDER/", c.Headers["Authorization"], StringComparison.Ordinal));
    }

    /// <summary>
    /// Only the composition root (the <c>CognitoKit.DependencyInjection</c> namespace and the public registration
    /// extensions) may hold a service provider; the façade and the flows get their parts through constructors.
    /// </summary>
    [Fact]
    public void NoTypeBelowTheCompositionRoot_HoldsOrAsksForAServiceProvider()
    {
        Assembly assembly = typeof(ICognitoKit).Assembly;
        const BindingFlags All = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        List<string> offenders = [.. assembly.GetTypes()
            .Where(t => t.Namespace != "CognitoKit.DependencyInjection" && t.Namespace != "Microsoft.Extensions.DependencyInjection")
            .SelectMany(t =>
                t.GetFields(All).Where(f => typeof(IServiceProvider).IsAssignableFrom(f.FieldType)).Select(f => $"{t.FullName}.{f.Name}")
                .Concat(t.GetConstructors(All).SelectMany(c => c.GetParameters())
                    .Where(p => typeof(IServiceProvider).IsAssignableFrom(p.ParameterType)).Select(p => $"{t.FullName}({p.Name})")))];

        Assert.True(offenders.Count == 0, "Below the composition root: " + string.Join(", ", offenders));
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        private int _count;

        public int Count => _count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
