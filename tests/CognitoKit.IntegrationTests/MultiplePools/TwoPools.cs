using CognitoKit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.MultiplePools;

/// <summary>Two user pools on one emulator, a customers pool with the user carol and a staff pool with the user sam.</summary>
internal sealed class TwoPools
{
    public const string Password = "Corr3ct-Horse!";

    private TwoPools(TestPool customers, TestPool staff)
    {
        Customers = customers;
        Staff = staff;
    }

    public TestPool Customers { get; }

    public TestPool Staff { get; }

    public static async Task<TwoPools> CreateAsync(EmulatorFixture emulator)
    {
        var pools = new TwoPools(await emulator.CreatePoolAsync(), await emulator.CreatePoolAsync());
        await pools.Customers.CreateUserAsync("carol", Password);
        await pools.Staff.CreateUserAsync("sam", Password);
        return pools;
    }

    /// <summary>Points one instance's options at <paramref name="pool"/>.</summary>
    public static Action<CognitoKitOptions> At(TestPool pool) => pool.Configure;

    /// <summary>An app with the instances "customers" and "staff"; <paramref name="configure"/> adds to either.</summary>
    public ServiceProvider CreateApp(Action<ICognitoKitBuilder, ICognitoKitBuilder>? configure = null, Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        ICognitoKitBuilder customers = services.AddCognitoKit("customers", At(Customers));
        ICognitoKitBuilder staff = services.AddCognitoKit("staff", At(Staff));
        configure?.Invoke(customers, staff);
        configureServices?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static async Task<CognitoSession> SignInAsync(ICognitoKit kit, string username) =>
        Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync(CancellationToken.None)).Session;
}
