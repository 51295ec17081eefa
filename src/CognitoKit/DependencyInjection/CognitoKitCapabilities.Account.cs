using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CognitoKit.DependencyInjection;

internal static partial class CognitoKitCapabilities
{
    static partial void AddAccount(IServiceCollection services)
    {
        services.TryAddSingleton<AppClient>();
        services.TryAddSingleton<SignUpFlow>();
        services.TryAddSingleton<PasswordRecoveryFlow>();
        services.TryAddSingleton(sp => new CognitoAdmin(sp.GetRequiredService<IUserPoolsClient>(), sp.GetRequiredService<AppClient>()));
    }
}
