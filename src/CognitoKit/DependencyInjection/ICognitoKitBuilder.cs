namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Returned by <c>services.AddCognitoKit(...)</c>: the optional parts of CognitoKit (hosted sign-in, a session store,
/// admin credentials, token validation settings, the HTTP clients) are configured through its extension methods.
/// </summary>
public interface ICognitoKitBuilder
{
    /// <summary>The service collection CognitoKit is registered in.</summary>
    IServiceCollection Services { get; }

    /// <summary>The name of this CognitoKit instance: the options name, empty for the default instance.</summary>
    string Name { get; }
}
