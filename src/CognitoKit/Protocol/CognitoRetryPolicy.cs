using System.Diagnostics;
using CognitoKit.Diagnostics;
using CognitoKit.Errors;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CognitoKit.Protocol;

/// <summary>
/// The retry rules of every Cognito call, as a Polly v8 pipeline: an overall timeout, retries with exponential backoff
/// and jitter, and a per-attempt timeout.
/// </summary>
/// <remarks>
/// Retried: throttling (<c>TooManyRequestsException</c>, always: Cognito did nothing); <c>InternalErrorException</c>,
/// other 5xx answers, network faults and attempt timeouts only when the operation is
/// <see cref="CognitoOperation.SafeToRepeat"/>. Never retried: the caller's cancellation, and every other error.
/// </remarks>
internal sealed class CognitoRetryPolicy
{
    internal static readonly ResiliencePropertyKey<CognitoOperation> OperationKey = new("CognitoKit.Operation");

    /// <summary>The client span of the call, when one is recorded: each retry becomes an event on it.</summary>
    internal static readonly ResiliencePropertyKey<Activity> ActivityKey = new("CognitoKit.Activity");

    public CognitoRetryPolicy(int maxAttempts, TimeSpan baseDelay, TimeSpan attemptTimeout, TimeSpan overallTimeout, TimeProvider? timeProvider = null)
    {
        MaxAttempts = maxAttempts;
        BaseDelay = baseDelay;
        AttemptTimeout = attemptTimeout;
        OverallTimeout = overallTimeout;
        TimeProvider = timeProvider ?? TimeProvider.System;
    }

    public int MaxAttempts { get; }

    public TimeSpan BaseDelay { get; }

    public TimeSpan AttemptTimeout { get; }

    public TimeSpan OverallTimeout { get; }

    public TimeProvider TimeProvider { get; }

    public static CognitoRetryPolicy From(CognitoKitOptions options, TimeProvider? timeProvider = null) =>
        new(options.MaxAttempts, options.RetryBaseDelay, options.AttemptTimeout, options.OverallTimeout, timeProvider);

    /// <summary>Whether a failure of <paramref name="operation"/> may be retried.</summary>
    public static bool IsRetryable(Exception? exception, CognitoOperation operation, CancellationToken callerToken)
    {
        if (exception is null || callerToken.IsCancellationRequested)
        {
            return false;
        }

        return exception switch
        {
            TooManyRequestsException => true,
            CognitoException c => c.IsTransient && operation.SafeToRepeat,
            HttpRequestException => operation.SafeToRepeat,
            TimeoutRejectedException => operation.SafeToRepeat,
            _ => false,
        };
    }

    public ResiliencePipeline Build(string serviceName, ILogger logger, string? serviceId = null, CognitoKitMetrics? metrics = null)
    {
        metrics ??= CognitoKitMetrics.Shared;
        serviceId ??= serviceName;
        var builder = new ResiliencePipelineBuilder { TimeProvider = TimeProvider };
        builder.AddTimeout(OverallTimeout);
        if (MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BaseDelay,
                MaxDelay = TimeSpan.FromSeconds(5),
                ShouldHandle = args => new ValueTask<bool>(
                    args.Context.Properties.TryGetValue(OperationKey, out var op)
                    && IsRetryable(args.Outcome.Exception, op, args.Context.CancellationToken)),
                OnRetry = args =>
                {
                    string name = args.Context.Properties.TryGetValue(OperationKey, out var op) ? op.Name : "?";
                    string reason = args.Outcome.Exception is CognitoException c ? c.ErrorCode : args.Outcome.Exception?.GetType().Name ?? "unknown";
                    Log.Retrying(logger, serviceName, name, args.AttemptNumber + 1, reason, (long)args.RetryDelay.TotalMilliseconds);
                    string errorType = args.Outcome.Exception is { } failure ? Telemetry.ErrorTypeOf(failure) : "unknown";
                    if (args.Context.Properties.TryGetValue(ActivityKey, out Activity? activity) && activity.IsAllDataRequested)
                    {
                        activity.AddEvent(new ActivityEvent(Telemetry.RetryEvent, tags: new ActivityTagsCollection
                        {
                            { Telemetry.RetryAttempt, args.AttemptNumber + 1 },
                            { Telemetry.ErrorType, errorType },
                            { Telemetry.RetryDelay, (long)args.RetryDelay.TotalMilliseconds },
                        }));
                    }

                    if (metrics.Retries.Enabled)
                    {
                        metrics.Retries.Add(
                            1,
                            new KeyValuePair<string, object?>(Telemetry.RpcService, serviceId),
                            new KeyValuePair<string, object?>(Telemetry.RpcMethod, name),
                            new KeyValuePair<string, object?>(Telemetry.ErrorType, errorType));
                    }

                    return default;
                },
            });
        }

        builder.AddTimeout(AttemptTimeout);
        return builder.Build();
    }
}
