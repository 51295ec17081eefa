using CognitoKit.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CognitoKit.DependencyInjection;

/// <summary>Identity pools: the identity id store, STS for the basic flow, and <see cref="ICognitoIdentity"/>.</summary>
internal static partial class CognitoKitCapabilities
{
    static partial void AddIdentity(IServiceCollection services)
    {
        services.TryAddSingleton<ICognitoIdentityIdStore, InMemoryCognitoIdentityIdStore>();
        services.TryAddSingleton<IWebIdentityRoleAssumer>(sp =>
        {
            CognitoKitOptions options = sp.GetRequiredService<IOptions<CognitoKitOptions>>().Value;
            string region = CognitoKitOptionsValidator.EffectiveRegion(options)
                ?? throw new InvalidOperationException($"{CognitoKitOptions.SectionName}:Region could not be determined.");
            return new StsWebIdentityRoleAssumer(options, region);
        });
        services.TryAddSingleton<ICognitoIdentity, CognitoIdentity>();
    }
}
