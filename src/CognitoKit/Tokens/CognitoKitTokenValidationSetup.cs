using CognitoKit.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.Tokens;

/// <summary>Fills the token validator's options from <see cref="CognitoKitOptions"/>: issuer, allowed client, clock skew.</summary>
/// <remarks>Fills gaps only, so settings made through <c>AddCognitoTokenValidation</c> or the builder's <c>AddTokenValidation</c> win whatever the order of the calls.</remarks>
internal sealed class CognitoKitTokenValidationSetup : IConfigureOptions<CognitoTokenValidationOptions>
{
    private static readonly TimeSpan DefaultClockSkew = new CognitoTokenValidationOptions().ClockSkew;
    private readonly IOptions<CognitoKitOptions> _kit;

    public CognitoKitTokenValidationSetup(IOptions<CognitoKitOptions> kit) => _kit = kit;

    public void Configure(CognitoTokenValidationOptions options)
    {
        CognitoKitOptions kit = _kit.Value;
        options.UserPoolId ??= kit.UserPoolId;
        options.Region ??= CognitoKitOptionsValidator.EffectiveRegion(kit);
        options.Issuer ??= ExplicitIssuerOf(kit);
        if (!string.IsNullOrEmpty(kit.ClientId) && !options.AllowedClientIds.Contains(kit.ClientId))
        {
            options.AllowedClientIds.Add(kit.ClientId);
        }

        if (options.ClockSkew == DefaultClockSkew)
        {
            options.ClockSkew = kit.ClockSkew;
        }
    }

    /// <summary>
    /// Every issuer the pool's tokens may carry: <see cref="IssuerOf"/> alone when an issuer or endpoint is overridden,
    /// else Cognito's original and updated forms.
    /// </summary>
    public static IReadOnlyList<string> IssuersOf(CognitoKitOptions kit) =>
        ExplicitIssuerOf(kit) is { } explicitIssuer
            ? [explicitIssuer]
            : new CognitoTokenValidationOptions { UserPoolId = kit.UserPoolId, Region = CognitoKitOptionsValidator.EffectiveRegion(kit) }.ResolveIssuers();

    /// <summary>
    /// The issuer a validator must be told when an issuer or endpoint is overridden, else <c>null</c>: from the pool and
    /// region alone the validator accepts both of Cognito's issuer forms (the original and the updated one).
    /// </summary>
    public static string? ExplicitIssuerOf(CognitoKitOptions kit) =>
        kit.Issuer is not null || kit.UserPoolEndpoint is not null ? IssuerOf(kit) : null;

    /// <summary>
    /// The issuer of the pool's tokens in its original form: <see cref="CognitoKitOptions.Issuer"/> when set; else, with an endpoint override
    /// (an emulator), <c>{endpoint without trailing slash}/{UserPoolId}</c>; else Cognito's own
    /// <c>https://cognito-idp.{region}.amazonaws.com/{UserPoolId}</c>.
    /// </summary>
    public static string IssuerOf(CognitoKitOptions kit)
    {
        if (kit.Issuer is { } issuer)
        {
            return issuer.AbsoluteUri.TrimEnd('/');
        }

        if (kit.UserPoolEndpoint is { } endpoint)
        {
            return endpoint.AbsoluteUri.TrimEnd('/') + "/" + kit.UserPoolId;
        }

        string region = CognitoKitOptionsValidator.EffectiveRegion(kit)
            ?? throw new InvalidOperationException("CognitoKit:Region could not be determined for the token issuer.");
        return $"https://cognito-idp.{region}.amazonaws.com/{kit.UserPoolId}";
    }
}
