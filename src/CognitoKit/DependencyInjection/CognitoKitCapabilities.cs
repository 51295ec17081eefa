using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.DependencyInjection;

/// <summary>
/// Each capability (sign-in, account, sessions, identity pools, hosted sign-in) registers its own services in its own
/// file through one of these partial methods, so capabilities stay independent of each other.
/// </summary>
internal static partial class CognitoKitCapabilities
{
    public static void AddAll(IServiceCollection services)
    {
        AddSignIn(services);
        AddAccount(services);
        AddSessions(services);
        AddIdentity(services);
        AddHosted(services);
    }

    static partial void AddSignIn(IServiceCollection services);

    static partial void AddAccount(IServiceCollection services);

    static partial void AddSessions(IServiceCollection services);

    static partial void AddIdentity(IServiceCollection services);

    static partial void AddHosted(IServiceCollection services);
}
