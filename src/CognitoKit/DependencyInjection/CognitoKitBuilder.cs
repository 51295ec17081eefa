using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.DependencyInjection;

/// <summary>The <see cref="ICognitoKitBuilder"/> that <c>AddCognitoKit</c> returns.</summary>
internal sealed class CognitoKitBuilder(IServiceCollection services, string name) : ICognitoKitBuilder
{
    public IServiceCollection Services { get; } = services;

    public string Name { get; } = name;
}
