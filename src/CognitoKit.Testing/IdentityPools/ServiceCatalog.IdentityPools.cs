using CognitoKit.Testing.IdentityPools;

namespace CognitoKit.Testing.Host;

/// <summary>Plugs the identity-pool service into the host.</summary>
internal static partial class ServiceCatalog
{
    static partial void AddIdentityPoolServices(EmulatorState state, EmulatorServices services)
    {
        var identityPools = new IdentityPoolService(state);
        services.JsonServices.Add(identityPools);
        services.GetHandlers.Add(identityPools);
    }
}
