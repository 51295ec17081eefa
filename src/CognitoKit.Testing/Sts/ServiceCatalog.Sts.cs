using CognitoKit.Testing.Sts;

namespace CognitoKit.Testing.Host;

/// <summary>Plugs STS into the host.</summary>
internal static partial class ServiceCatalog
{
    static partial void AddStsServices(EmulatorState state, EmulatorServices services) => services.FormServices.Add(new StsService(state));
}
