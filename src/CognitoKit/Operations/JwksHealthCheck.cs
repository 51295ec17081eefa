using System.Globalization;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Validation;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CognitoKit.Operations;

/// <summary>
/// Whether the pool's signing keys (JWKS) can be had: <see cref="HealthStatus.Healthy"/> while they are loaded and
/// fresh; <see cref="HealthStatus.Degraded"/> when a refetch failed (or is overdue) but the cached keys still validate
/// tokens; <see cref="HealthStatus.Unhealthy"/> when there are no keys, so no token can be validated. A probe fetches
/// only when there are no keys, or they are past their maximum age, or the last fetch failed, and never more often
/// than the cache's refetch interval.
/// </summary>
internal sealed class JwksHealthCheck : IHealthCheck
{
    private readonly CognitoTokenValidator _validator;
    private readonly TimeProvider _time;

    public JwksHealthCheck(CognitoTokenValidator validator, TimeProvider time)
    {
        _validator = validator;
        _time = time;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        HealthStatus worst = HealthStatus.Healthy;
        var problems = new List<string>();
        int index = 0;
        foreach (JwksCache cache in _validator.KeySources)
        {
            string prefix = _validator.KeySources.Count == 1 ? string.Empty : $"issuer{index}.";
            index++;
            await cache.ProbeAsync(cancellationToken).ConfigureAwait(false);
            (HealthStatus status, string? problem) = Judge(cache, prefix, data);
            worst = status < worst ? status : worst;
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        string description = problems.Count == 0 ? "The user pool's signing keys are loaded." : string.Join(" ", problems);
        return new HealthCheckResult(worst, description, data: data);
    }

    private (HealthStatus Status, string? Problem) Judge(JwksCache cache, string prefix, Dictionary<string, object> data)
    {
        data[prefix + "jwks_uri"] = cache.JwksUri.AbsoluteUri;
        JwksKeySet? keys = cache.Keys;
        string? problem = cache.LastProblem;
        if (keys is null)
        {
            data[prefix + "keys"] = 0;
            if (problem is not null)
            {
                data[prefix + "last_problem"] = problem;
            }

            return (HealthStatus.Unhealthy, $"No signing keys could be loaded from {cache.JwksUri}: {problem ?? "no answer yet"}; no token can be validated.");
        }

        data[prefix + "keys"] = keys.Keys.Length;
        data[prefix + "source"] = cache.IsInstalled ? "installed" : "fetched";
        if (cache.LoadedAt is { } loaded)
        {
            double age = Math.Max(0, (_time.GetUtcNow() - loaded).TotalSeconds);
            data[prefix + "keys_age_seconds"] = Math.Round(age);
        }

        if (cache.IsInstalled)
        {
            return (HealthStatus.Healthy, null);
        }

        data[prefix + "max_age_seconds"] = Math.Round(cache.MaxAge.TotalSeconds);
        if (problem is not null)
        {
            data[prefix + "last_problem"] = problem;
            return (HealthStatus.Degraded, $"Refetching the signing keys from {cache.JwksUri} failed ({problem}); the cached keys, loaded {AgeText(cache)} ago, still serve.");
        }

        return cache.IsStale
            ? (HealthStatus.Degraded, $"The signing keys from {cache.JwksUri} are past their maximum age ({AgeText(cache)} old) and a refetch is pending; the cached keys still serve.")
            : (HealthStatus.Healthy, null);
    }

    private string AgeText(JwksCache cache) => cache.LoadedAt is { } loaded
        ? ((int)Math.Max(0, (_time.GetUtcNow() - loaded).TotalSeconds)).ToString(CultureInfo.InvariantCulture) + " s"
        : "an unknown time";
}
