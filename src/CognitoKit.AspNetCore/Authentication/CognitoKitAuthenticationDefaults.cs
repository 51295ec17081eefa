using CognitoKit.Tokens;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore;

/// <summary>
/// Fills the gaps a scheme's options leave from <see cref="CognitoKitOptions"/> (set by <c>AddCognitoKit</c>): pool,
/// region, issuer (emulator endpoints included) and app client. Runs after every <c>Configure</c>, so explicit settings win.
/// </summary>
internal sealed class CognitoKitAuthenticationDefaults : IPostConfigureOptions<CognitoAuthenticationOptions>
{
    private readonly IOptions<CognitoKitOptions> _kit;

    public CognitoKitAuthenticationDefaults(IOptions<CognitoKitOptions> kit) => _kit = kit;

    public void PostConfigure(string? name, CognitoAuthenticationOptions options)
    {
        CognitoKitOptions kit;
        try
        {
            kit = _kit.Value;
        }
        catch (OptionsValidationException)
        {
            // AddCognitoKit's own start-up validation reports its settings, once; the scheme stays as configured.
            options.CognitoKitInvalid = true;
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
