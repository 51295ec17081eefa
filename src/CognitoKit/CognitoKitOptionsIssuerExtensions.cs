using CognitoKit.Tokens;

namespace CognitoKit;

/// <summary>
/// The issuers of the pool that <see cref="CognitoKitOptions"/> names, by the rule every CognitoKit token validator
/// follows; for companion packages (ASP.NET Core authentication) and apps that configure another token library.
/// </summary>
public static class CognitoKitOptionsIssuerExtensions
{
    /// <summary>
    /// Every issuer the pool's tokens may carry: the one issuer when <see cref="CognitoKitOptions.Issuer"/> or
    /// <see cref="CognitoKitOptions.UserPoolEndpoint"/> is set, else Cognito's original and updated forms.
    /// </summary>
    /// <param name="options">The settings; their pool and region must be valid.</param>
    /// <returns>The issuers, without trailing slash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The pool or region cannot form an issuer.</exception>
    /// <exception cref="InvalidOperationException">The region cannot be determined.</exception>
    public static IReadOnlyList<string> GetAcceptedIssuers(this CognitoKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CognitoKitTokenValidationSetup.IssuersOf(options);
    }

    /// <summary>
    /// The issuer a token validator must be told when <see cref="CognitoKitOptions.Issuer"/> or
    /// <see cref="CognitoKitOptions.UserPoolEndpoint"/> is set (an emulator, say); else <see langword="null"/>, since from
    /// the pool and region alone a validator accepts both of Cognito's issuer forms.
    /// </summary>
    /// <param name="options">The settings.</param>
    /// <returns>The issuer without trailing slash, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static string? GetExplicitIssuer(this CognitoKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CognitoKitTokenValidationSetup.ExplicitIssuerOf(options);
    }
}
