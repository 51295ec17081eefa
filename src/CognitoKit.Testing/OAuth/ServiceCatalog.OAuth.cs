using CognitoKit.Testing.OAuth;

namespace CognitoKit.Testing.Host;

/// <summary>The user pool domain: hosted sign-in, OAuth endpoints and the stand-in social providers.</summary>
internal static partial class ServiceCatalog
{
    static partial void AddOAuthServices(EmulatorState state, EmulatorServices services);

    static partial void AddOAuthServices(EmulatorState state, EmulatorServices services)
    {
        var endpoints = new OAuthEndpoints(OAuthDomain.For(state));
        services.GetHandlers.Add(endpoints);

        // First in line: STS answers every other form post, so the domain must pick its paths before STS sees them.
        services.FormServices.Insert(0, endpoints);
    }
}
