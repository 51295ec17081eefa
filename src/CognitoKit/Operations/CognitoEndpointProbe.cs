using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CognitoKit.Operations;

/// <summary>
/// Runs one deliberately refused call and judges the answer (<c>unexpected</c> says why a refusal Cognito answered is not
/// the expected one, or null when it is): an error Cognito answered with (the one the probe expects)
/// proves the service is reachable and working; a network fault, a timeout, a throttling or a server error does not.
/// </summary>
internal static class CognitoEndpointProbe
{
    public static async Task<HealthCheckResult> RunAsync(
        Uri endpoint, string operation, Func<CancellationToken, Task> call, Func<CognitoException, string?> unexpected, Dictionary<string, object> data, CancellationToken cancellationToken)
    {
        data["endpoint"] = endpoint.AbsoluteUri;
        data["operation"] = operation;
        long started = Stopwatch.GetTimestamp();
        try
        {
            await call(cancellationToken).ConfigureAwait(false);
            data["elapsed_ms"] = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            data["answer"] = "success";
            return HealthCheckResult.Healthy($"Cognito answered {operation} at {endpoint}.", data);
        }
        catch (CognitoException ex) when (ex is not CognitoUnavailableException && !ex.IsTransient && (int)ex.StatusCode is >= 400 and < 500)
        {
            data["elapsed_ms"] = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            data["answer"] = ex.ErrorCode;
            data["status"] = (int)ex.StatusCode;
            return unexpected(ex) is { } problem
                ? HealthCheckResult.Unhealthy(problem, data: data)
                : HealthCheckResult.Healthy($"Cognito answered {operation} at {endpoint} ({ex.ErrorCode}, as the probe expects).", data);
        }
        catch (CognitoException ex)
        {
            data["elapsed_ms"] = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            data["answer"] = ex.ErrorCode;
            data["status"] = (int)ex.StatusCode;
            return HealthCheckResult.Unhealthy($"Cognito did not answer {operation} at {endpoint}: {ex.ErrorCode} (HTTP {(int)ex.StatusCode}).", data: data);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            data["elapsed_ms"] = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return HealthCheckResult.Unhealthy($"Cognito did not answer {operation} at {endpoint} in time.", data: data);
        }
    }
}
