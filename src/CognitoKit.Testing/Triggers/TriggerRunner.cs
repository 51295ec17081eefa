using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Triggers;

/// <summary>
/// Runs a pool's trigger: the delegate on <see cref="UserPoolTriggers"/>, else the webhook its <c>LambdaConfig</c> ARN maps
/// to. Failures become Cognito's errors: the trigger's own error <c>UserLambdaValidationException</c>, no answer in time
/// <c>UnexpectedLambdaException</c>, an answer that is not an event <c>InvalidLambdaResponseException</c>.
/// </summary>
internal static class TriggerRunner
{
    /// <summary>Runs the trigger if the pool has one; false when it has none.</summary>
    public static bool Run<TEvent>(EmulatorState state, UserPool pool, TriggerHandler<TEvent>? handler, string lambdaConfigKey, TEvent triggerEvent, string? clientId)
        where TEvent : TriggerEvent
    {
        handler ??= Configured<TEvent>(state, pool, lambdaConfigKey);
        if (handler is null)
        {
            return false;
        }

        triggerEvent.Region = pool.Region;
        triggerEvent.UserPoolId = pool.Id;
        triggerEvent.CallerContext.ClientId = clientId;
        var timeout = state.TriggerTimeout;
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            var pending = handler(triggerEvent, deadline.Token);
            if (!pending.IsCompleted)
            {
                var task = pending.AsTask();
                if (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(timeout))
                {
                    throw TimedOut(triggerEvent);
                }

                task.GetAwaiter().GetResult();
            }
            else
            {
                pending.GetAwaiter().GetResult();
            }
        }
        catch (TriggerFailure failure)
        {
            throw new AwsServiceException(failure.ErrorCode, failure.Message);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw TimedOut(triggerEvent);
        }
        catch (AwsServiceException)
        {
            throw;
        }
        catch (Exception error)
        {
            throw new AwsServiceException("UserLambdaValidationException", triggerEvent.TriggerName + " failed with error " + error.Message + ".");
        }

        return true;
    }

    /// <summary>Whether the pool has this trigger (a delegate, or an ARN the emulator can call).</summary>
    public static bool Has<TEvent>(EmulatorState state, UserPool pool, TriggerHandler<TEvent>? handler, string lambdaConfigKey)
        where TEvent : TriggerEvent =>
        handler is not null || Configured<TEvent>(state, pool, lambdaConfigKey) is not null;

    /// <summary>The pre token generation version: the delegate's setting, else <c>LambdaConfig.PreTokenGenerationConfig.LambdaVersion</c>, else V1.</summary>
    public static PreTokenGenerationVersion PreTokenVersion(UserPool pool) =>
        pool.Triggers.PreTokenGenerationVersion
        ?? (LambdaConfig(pool)?["PreTokenGenerationConfig"] is JsonObject config && config["LambdaVersion"] is JsonValue version
            && version.TryGetValue(out string? name) && name is "V2_0" or "V3_0"
                ? PreTokenGenerationVersion.V2
                : PreTokenGenerationVersion.V1);

    /// <summary>The user's attributes as triggers see them: with <c>sub</c> and <c>cognito:user_status</c>.</summary>
    public static Dictionary<string, string> AttributesOf(User user)
    {
        var attributes = new Dictionary<string, string>(user.Attributes, StringComparer.Ordinal) { ["cognito:user_status"] = user.Status };
        return attributes;
    }

    /// <summary>A copy of the request's ClientMetadata, or null when it had none (as Cognito sends it).</summary>
    public static Dictionary<string, string>? Metadata(IReadOnlyDictionary<string, string>? values) =>
        values is null || values.Count == 0 ? null : new Dictionary<string, string>(values, StringComparer.Ordinal);

    private static AwsServiceException TimedOut(TriggerEvent triggerEvent) =>
        new("UnexpectedLambdaException", triggerEvent.TriggerName + " invocation failed due to error Socket timeout while invoking Lambda function.");

    private static TriggerHandler<TEvent>? Configured<TEvent>(EmulatorState state, UserPool pool, string lambdaConfigKey)
        where TEvent : TriggerEvent
    {
        if (state.LambdaEndpoint is not { } endpoint || LambdaConfig(pool) is not { } config)
        {
            return null;
        }

        var arn = lambdaConfigKey == "PreTokenGeneration" && config["PreTokenGenerationConfig"] is JsonObject tokenConfig && tokenConfig["LambdaArn"] is JsonValue tokenArn
            ? (string?)tokenArn
            : config[lambdaConfigKey] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
        return LambdaEndpoints.FunctionName(arn) is { } function
            ? TriggerWebhook.For<TEvent>(new Uri(endpoint, Uri.EscapeDataString(function)))
            : null;
    }

    private static JsonObject? LambdaConfig(UserPool pool) => pool.Echo["LambdaConfig"] as JsonObject;
}
