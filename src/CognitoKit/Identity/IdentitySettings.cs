using CognitoKit.DependencyInjection;
using CognitoKit.Tokens;

namespace CognitoKit.Identity;

/// <summary>What the identity-pool side needs from <see cref="CognitoKitOptions"/>, read once.</summary>
/// <param name="IdentityPoolId">The identity pool id.</param>
/// <param name="ProviderName">The user pool as a <c>Logins</c> key: its issuer without the scheme.</param>
/// <param name="Region">The AWS region.</param>
/// <param name="StsEndpoint">The STS endpoint override, if any.</param>
/// <param name="RefreshMargin">How long before expiry credentials are renewed.</param>
internal sealed record IdentitySettings(string IdentityPoolId, string ProviderName, string Region, Uri? StsEndpoint, TimeSpan RefreshMargin)
{
    /// <summary>The settings, or a clear error when no identity pool is configured.</summary>
    /// <exception cref="InvalidOperationException"><see cref="CognitoKitOptions.IdentityPoolId"/> is not set.</exception>
    public static IdentitySettings From(CognitoKitOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.IdentityPoolId))
        {
            throw new InvalidOperationException(
                $"{CognitoKitOptions.SectionName}:IdentityPoolId is not set, so CognitoKit cannot get AWS credentials. Set it to the identity pool id, "
                + "in the form '{region}:{guid}' such as 'us-east-1:4f9c1d2e-0000-4000-8000-123456789012' (the identity pool's 'Identity pool ID').");
        }

        string region = CognitoKitOptionsValidator.EffectiveRegion(options)
            ?? throw new InvalidOperationException($"{CognitoKitOptions.SectionName}:Region could not be determined.");
        return new IdentitySettings(options.IdentityPoolId, ProviderNameOf(options), region, options.StsEndpoint, options.RefreshMargin);
    }

    /// <summary>
    /// The <c>Logins</c> key for the user pool: <c>cognito-idp.{region}.amazonaws.com/{userPoolId}</c> on AWS, and for an
    /// endpoint override the issuer's host[:port] and path, such as <c>127.0.0.1:5000/us-east-1_abc</c>.
    /// </summary>
    public static string ProviderNameOf(CognitoKitOptions options)
    {
        var issuer = new Uri(CognitoKitTokenValidationSetup.IssuerOf(options));
        return (issuer.Authority + issuer.AbsolutePath).TrimEnd('/');
    }
}
