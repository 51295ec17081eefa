using System.Security.Claims;
using CognitoKit.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore;

/// <summary>
/// Tells claims the configured Cognito pools issued from same-named claims of other schemes (a cookie, another bearer),
/// so <c>cognito:groups</c> or <c>scope</c> from elsewhere never satisfies a Cognito requirement.
/// </summary>
/// <remarks>
/// A claim counts when its identity was made by a Cognito scheme (its authentication type is the scheme's name), or when
/// its <see cref="Claim.Issuer"/> is the issuer of a Cognito scheme or of the <c>AddCognitoKit</c> pool, as the claims of a
/// Cognito principal kept in a cookie are.
/// </remarks>
internal sealed class CognitoClaimSources
{
    private readonly Lazy<(HashSet<string> Issuers, HashSet<string> Schemes)> _trusted;

    public CognitoClaimSources(IEnumerable<CognitoSchemeName> schemes, IServiceProvider services)
    {
        string[] names = [.. schemes.Select(s => s.Name).Distinct(StringComparer.Ordinal)];
        _trusted = new(() => Collect(names, services));
    }

    /// <summary>The sources of the request's services; none (so no claim counts) when the resource is not an <see cref="HttpContext"/>.</summary>
    public static CognitoClaimSources? For(object? resource) => resource is HttpContext http
        ? http.RequestServices.GetService<CognitoClaimSources>() ?? new CognitoClaimSources([], http.RequestServices)
        : null;

    public bool Issued(Claim claim)
    {
        var (issuers, schemes) = _trusted.Value;
        return (claim.Subject?.AuthenticationType is { } type && schemes.Contains(type)) || issuers.Contains(claim.Issuer);
    }

    private static (HashSet<string>, HashSet<string>) Collect(string[] names, IServiceProvider services)
    {
        var issuers = new HashSet<string>(StringComparer.Ordinal);
        var schemes = new HashSet<string>(names, StringComparer.Ordinal);
        IOptionsMonitor<CognitoAuthenticationOptions>? monitor = services.GetService<IOptionsMonitor<CognitoAuthenticationOptions>>();
        foreach (string name in names)
        {
            CognitoAuthenticationOptions? options = monitor?.Get(name);
            if (options?.Validator is CognitoTokenValidator given)
            {
                issuers.UnionWith(given.AcceptedIssuers);
            }
            else if (options?.Validator is CognitoMultiPoolTokenValidator several)
            {
                issuers.UnionWith(several.AcceptedIssuers);
            }
            else if (options is { Validator: null } && TryResolve(options.ToValidationOptions().ResolveIssuers) is { } resolved)
            {
                issuers.UnionWith(resolved);
            }

            foreach (CognitoTokenValidationOptions pool in options is { Validator: null } ? options.TrustedPools : [])
            {
                if (TryResolve(pool.ResolveIssuers) is { } trusted)
                {
                    issuers.UnionWith(trusted);
                }
            }
        }

        if (UnnamedKitOptions(services) is { UserPoolId.Length: > 0 } kit
            && TryResolve(kit.GetAcceptedIssuers) is { } kitIssuers)
        {
            issuers.UnionWith(kitIssuers);
        }

        return (issuers, schemes);
    }

    private static CognitoKitOptions? UnnamedKitOptions(IServiceProvider services)
    {
        try
        {
            return services.GetService<IOptions<CognitoKitOptions>>()?.Value;
        }
        catch (OptionsValidationException)
        {
            // No valid unnamed instance (an app with named instances only): it issues nothing.
            return null;
        }
    }

    private static IReadOnlyList<string>? TryResolve(Func<IReadOnlyList<string>> issuer)
    {
        try
        {
            return issuer();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OptionsValidationException)
        {
            // A pool that cannot be configured issues nothing this app accepts; start-up validation reports it.
            return null;
        }
    }
}
