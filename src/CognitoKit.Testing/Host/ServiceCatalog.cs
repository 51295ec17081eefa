using CognitoKit.Testing.Hooks;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Host;

/// <summary>
/// The services the host routes to. A second service plugs in without touching this file:
/// implement <see cref="AddIdentityPoolServices"/> or <see cref="AddStsServices"/> in another part of this
/// partial class (in <c>IdentityPools/</c> or <c>Sts/</c>) and add to the lists.
/// </summary>
internal static partial class ServiceCatalog
{
    public static EmulatorServices Create(EmulatorState state)
    {
        var services = new EmulatorServices();
        services.GetHandlers.Add(new EmulatorDebugApi(state));
        var userPools = new UserPoolService(state);
        services.JsonServices.Add(userPools);
        services.GetHandlers.Add(userPools);
        AddIdentityPoolServices(state, services);
        AddStsServices(state, services);
        AddOAuthServices(state, services);
        return services;
    }

    static partial void AddIdentityPoolServices(EmulatorState state, EmulatorServices services);

    static partial void AddStsServices(EmulatorState state, EmulatorServices services);
}
