using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CognitoKit.StackExchangeRedis.Tests.Infrastructure;

/// <summary>What the generic host does when an app starts, for a bare service provider.</summary>
public static class HostedServices
{
    /// <summary>Starts every <see cref="IHostedService"/> of <paramref name="provider"/>, one after the other.</summary>
    public static async Task StartAllAsync(IServiceProvider provider)
    {
        foreach (IHostedService hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }
}
