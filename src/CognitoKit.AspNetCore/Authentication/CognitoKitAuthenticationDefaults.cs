using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore;

/// <summary>
/// Fills the gaps a scheme's options leave from <see cref="CognitoKitOptions"/> (set by <c>AddCognitoKit</c>): pool,
/// region, issuer (emulator endpoints included) and app client. Runs after every <c>Configure</c>, so explicit settings win.
/// </summary>
internal sealed class CognitoKitAuthenticationDefaults : IPostConfigureOptions<CognitoAuthenticationOptions>
{
    private readonly IOptions<CognitoKitOptions> _kit;
    private readonly bool _unnamedInstance;

    public CognitoKitAuthenticationDefaults(IOptions<CognitoKitOptions> kit, IServiceProviderIsService? services = null)
    {
        _kit = kit;

        // Only the instance added without a name lends its settings; an app with named instances alone has none to lend.
        _unnamedInstance = services?.IsService(typeof(ICognitoKit)) ?? true;
    }

    public void PostConfigure(string? name, CognitoAuthenticationOptions options)
    {
        CognitoKitOptions kit;
        try
        {
            kit = _kit.Value;
        }
        catch (OptionsValidationException)
        {
            // AddCognitoKit's own start-up validation reports its settings, once; the scheme stays as configured. Without
            // an unnamed instance nothing reports them, and there is nothing to borrow: the scheme is checked on its own.
            options.CognitoKitInvalid = _unnamedInstance;
            return;
        }

        Fill(options, kit);
    }

    public static void Fill(CognitoAuthenticationOptions options, CognitoKitOptions kit)
    {
        if (string.IsNullOrEmpty(kit.UserPoolId))
        {
            return;
        }

        if (string.IsNullOrEmpty(options.Issuer) && (string.IsNullOrEmpty(options.UserPoolId) || options.UserPoolId == kit.UserPoolId))
        {
            options.UserPoolId = kit.UserPoolId;
            options.Region ??= kit.Region;
            options.Issuer = kit.GetExplicitIssuer();
        }

        options.ClientIds ??= new List<string>();
        if (options.ClientIds.Count == 0 && !string.IsNullOrEmpty(kit.ClientId) && options.UserPoolId == kit.UserPoolId)
        {
            options.ClientIds.Add(kit.ClientId);
        }
    }
}
