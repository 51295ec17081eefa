using CognitoKit.SignIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CognitoKit.DependencyInjection;

internal static partial class CognitoKitCapabilities
{
    /// <summary>
    /// The sign-in state machine and device confirmation. No device is kept per process: device secrets go to the
    /// caller. Sessions come from <c>CognitoSessionFactory</c>, which the sessions capability registers.
    /// </summary>
    static partial void AddSignIn(IServiceCollection services)
    {
        services.AddOptions<CognitoDeviceOptions>();
        services.TryAddSingleton<DeviceRegistrar>();
        services.TryAddSingleton<SignInFlow>();
    }
}
