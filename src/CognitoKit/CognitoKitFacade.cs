using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit;

/// <summary>
/// The <see cref="ICognitoKit"/> behind dependency injection. Each capability implements its members in its own
/// partial file and resolves its flow from <see cref="Services"/> (flows are singletons, created on first use).
/// </summary>
internal sealed partial class CognitoKitFacade : ICognitoKit
{
    public CognitoKitFacade(IOptions<CognitoKitOptions> options, IServiceProvider services)
    {
        Options = options.Value;
        Services = services;
    }

    public CognitoKitOptions Options { get; }

    internal IServiceProvider Services { get; }

    internal T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();
}
