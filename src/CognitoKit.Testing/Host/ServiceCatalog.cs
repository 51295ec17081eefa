using CognitoKit.Testing.Hooks;
using CognitoKit.Testing.IdentityPools;
using CognitoKit.Testing.OAuth;
using CognitoKit.Testing.Sts;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Host;

/// <summary>
/// Every service the host routes to, listed here and nowhere else: a new service is one more line below, so what the
/// emulator serves is what this file says.
/// </summary>
internal static class ServiceCatalog
{
    public static EmulatorServices Create(EmulatorState state)
    {
        var services = new EmulatorServices();
        services.GetHandlers.Add(new EmulatorDebugApi(state));

        var userPools = new UserPoolService(state);
        services.JsonServices.Add(userPools);
        services.GetHandlers.Add(userPools);

        var identityPools = new IdentityPoolService(state);
        services.JsonServices.Add(identityPools);
        services.GetHandlers.Add(identityPools);

        // The user pool domain (hosted sign-in, OAuth endpoints, stand-in social providers) comes before STS among the
        // form services: STS answers every form post, so the domain must pick its own paths first.
        var domain = new OAuthEndpoints(OAuthDomain.For(state), userPools);
        services.GetHandlers.Add(domain);
        services.FormServices.Add(domain);
        services.FormServices.Add(new StsService(state));
        return services;
    }
}
