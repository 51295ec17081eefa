using Microsoft.Extensions.Options;

namespace CognitoKit.DependencyInjection;

/// <summary>
/// The options CognitoKit runs with: validated (reading <see cref="IOptions{TOptions}.Value"/> runs the validators) and
/// copied once, when the façade is built, into an object nobody outside CognitoKit holds. Changing the app's
/// <see cref="CognitoKitOptions"/> object afterwards reaches neither the flows nor <see cref="ICognitoKit.Options"/>.
/// </summary>
internal sealed class FrozenCognitoKitOptions
{
    public FrozenCognitoKitOptions(IOptions<CognitoKitOptions> options)
    {
        CognitoKitOptions copy = Copy(options.Value);
        Options = Microsoft.Extensions.Options.Options.Create(copy);
        string region = CognitoKitOptionsValidator.EffectiveRegion(copy)
            ?? throw new InvalidOperationException($"{CognitoKitOptions.SectionName}:Region could not be determined.");
        Settings = new CognitoKitSettings(copy, region);
    }

    /// <summary>The private copy, for the flows.</summary>
    public IOptions<CognitoKitOptions> Options { get; }

    /// <summary>The read-only view the façade exposes.</summary>
    public CognitoKitSettings Settings { get; }

    private static CognitoKitOptions Copy(CognitoKitOptions o) => new()
    {
        Region = o.Region,
        UserPoolId = o.UserPoolId,
        ClientId = o.ClientId,
        ClientSecret = o.ClientSecret,
        PreviousClientSecret = o.PreviousClientSecret,
        IdentityPoolId = o.IdentityPoolId,
        AnalyticsEndpointId = o.AnalyticsEndpointId,
        UserPoolEndpoint = o.UserPoolEndpoint,
        IdentityEndpoint = o.IdentityEndpoint,
        StsEndpoint = o.StsEndpoint,
        Issuer = o.Issuer,
        AttemptTimeout = o.AttemptTimeout,
        OverallTimeout = o.OverallTimeout,
        MaxAttempts = o.MaxAttempts,
        RetryBaseDelay = o.RetryBaseDelay,
        RefreshMargin = o.RefreshMargin,
        ClockSkew = o.ClockSkew,
        RefreshTokenRotation = o.RefreshTokenRotation,
    };
}
