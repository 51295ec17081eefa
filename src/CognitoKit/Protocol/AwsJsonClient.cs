using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CognitoKit.Diagnostics;
using CognitoKit.Errors;
using Microsoft.Extensions.Logging;
using Polly;

namespace CognitoKit.Protocol;

/// <summary>
/// The one place where a Cognito call becomes HTTP and back: AWS JSON 1.1 (<c>POST /</c>, <c>X-Amz-Target</c>),
/// SigV4 for signed operations, retries per <see cref="CognitoOperation.SafeToRepeat"/>, typed errors and logging.
/// </summary>
/// <remarks>
/// The <see cref="HttpClient"/> is asked of its factory per call, as IHttpClientFactory intends, so handler rotation
/// (DNS changes) works for long-lived singletons.
/// </remarks>
internal sealed class AwsJsonClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/x-amz-json-1.1");

    private readonly Func<HttpClient> _http;
    private readonly CognitoServiceEndpoint _service;
    private readonly IRequestSigner? _signer;
    private readonly ResiliencePipeline _pipeline;
    private readonly ILogger _logger;
    private readonly CognitoKitMetrics _metrics;

    public AwsJsonClient(
        Func<HttpClient> http, CognitoServiceEndpoint service, CognitoRetryPolicy retry, IRequestSigner? signer, ILogger logger, CognitoKitMetrics? metrics = null)
    {
        _http = http;
        _service = service;
        _signer = signer;
        _logger = logger;
        _metrics = metrics ?? CognitoKitMetrics.Shared;
        _pipeline = retry.Build(service.TargetPrefix, logger, service.ServiceId, _metrics);
    }

    /// <summary>The service this client talks to.</summary>
    public CognitoServiceEndpoint Service => _service;

    /// <summary>Sends one operation and reads its typed answer, or throws the typed error.</summary>
    public async Task<TResponse> SendAsync<TRequest, TResponse>(
        CognitoOperation operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        ResilienceContext context = ResilienceContextPool.Shared.Get(operation.Name, cancellationToken);
        context.Properties.Set(CognitoRetryPolicy.OperationKey, operation);
        long started = Stopwatch.GetTimestamp();
        Activity? activity = Telemetry.Source.HasListeners() ? StartActivity(operation) : null;
        if (activity is not null)
        {
            context.Properties.Set(CognitoRetryPolicy.ActivityKey, activity);
        }

        string? errorType = null;
        try
        {
            var state = (Client: this, Operation: operation, Body: body, ResponseType: responseType);
            (TResponse value, string? requestId) = await _pipeline.ExecuteAsync(
                static (ctx, s) => new ValueTask<(TResponse, string?)>(s.Client.SendOnceAsync(s.Operation, s.Body, s.ResponseType, ctx.CancellationToken)),
                context,
                state).ConfigureAwait(false);
            Log.CallSucceeded(_logger, _service.SigningName, operation.Name, ElapsedMs(started), requestId);
            activity?.SetTag(Telemetry.AwsRequestId, requestId);
            return value;
        }
        catch (CognitoException ex)
        {
            errorType = ex.ErrorCode;
            if (activity is not null)
            {
                activity.SetTag(Telemetry.AwsRequestId, ex.RequestId);
                activity.SetTag(Telemetry.HttpStatusCode, (int)ex.StatusCode);
            }

            Log.CallFailed(_logger, _service.SigningName, operation.Name, ex.ErrorCode, ElapsedMs(started), ex.RequestId, (int)ex.StatusCode);
            throw;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            errorType = Telemetry.ErrorTypeOf(ex);
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.Timeout.TimeoutRejectedException or OperationCanceledException)
        {
            errorType = Telemetry.ErrorTypeOf(ex);
            Log.CallUnreachable(_logger, _service.SigningName, operation.Name, ElapsedMs(started), ex.GetType().Name);
            throw new CognitoUnavailableException(
                $"Cognito {_service.SigningName} could not be reached for {operation.Name} at {_service.Endpoint}: {Describe(ex)}", ex);
        }
        catch (Exception ex)
        {
            errorType = Telemetry.ErrorTypeOf(ex);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
            if (activity is not null || _metrics.CallDuration.Enabled)
            {
                EndCall(activity, operation, errorType, started);
            }
        }
    }

    /// <summary>The client span of one Cognito call, named <c>{rpc.service}.{rpc.method}</c>, with its request attributes.</summary>
    private Activity? StartActivity(CognitoOperation operation)
    {
        Activity? activity = Telemetry.Source.StartActivity(_service.ServiceId + "." + operation.Name, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(Telemetry.RpcSystem, Telemetry.RpcSystemValue);
            activity.SetTag(Telemetry.RpcService, _service.ServiceId);
            activity.SetTag(Telemetry.RpcMethod, operation.Name);
            activity.SetTag(Telemetry.ServerAddress, _service.Endpoint.Host);
            activity.SetTag(Telemetry.ServerPort, _service.Endpoint.Port);
            activity.SetTag(Telemetry.CloudRegion, _service.Region);
        }

        return activity;
    }

    private void EndCall(Activity? activity, CognitoOperation operation, string? errorType, long started)
    {
        if (_metrics.CallDuration.Enabled)
        {
            var tags = new TagList
            {
                { Telemetry.RpcSystem, Telemetry.RpcSystemValue },
                { Telemetry.RpcService, _service.ServiceId },
                { Telemetry.RpcMethod, operation.Name },
            };
            if (errorType is not null)
            {
                tags.Add(Telemetry.ErrorType, errorType);
            }

            _metrics.CallDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }

        if (activity is not null)
        {
            if (errorType is not null)
            {
                Telemetry.Fail(activity, errorType);
            }

            activity.Dispose();
        }
    }

    private async Task<(TResponse, string?)> SendOnceAsync<TResponse>(
        CognitoOperation operation, byte[] body, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, _service.Endpoint);
        message.Content = new ByteArrayContent(body);
        message.Content.Headers.ContentType = JsonContentType;
        message.Headers.TryAddWithoutValidation("X-Amz-Target", _service.TargetPrefix + "." + operation.Name);
        if (operation.Signed)
        {
            if (_signer is null)
            {
                throw new InvalidOperationException($"{operation.Name} must be signed with AWS credentials, and no signer is configured.");
            }

            await _signer.SignAsync(message, body, _service, cancellationToken).ConfigureAwait(false);
        }

        using HttpResponseMessage response = await _http().SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        byte[] content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        string? requestId = CognitoErrorReader.RequestIdOf(response.Headers);
        if (!response.IsSuccessStatusCode)
        {
            CognitoException error = CognitoErrorReader.Read(response.StatusCode, response.Headers, content);
            if (error is TooManyRequestsException && _metrics.Throttles.Enabled)
            {
                _metrics.Throttles.Add(1, new KeyValuePair<string, object?>(Telemetry.RpcService, _service.ServiceId), new KeyValuePair<string, object?>(Telemetry.RpcMethod, operation.Name));
            }

            throw error;
        }

        try
        {
            ReadOnlySpan<byte> json = content.Length == 0 ? "{}"u8 : content;
            TResponse? value = JsonSerializer.Deserialize(json, responseType);
            return (value ?? throw new JsonException("the answer was JSON null"), requestId);
        }
        catch (JsonException ex)
        {
            // A success body can carry tokens: only a non-JSON body (a proxy's page) is excerpted, and the parser's
            // message names the path, never the value.
            throw new CognitoProtocolException(
                $"Cognito answered {operation.Name} with HTTP {(int)response.StatusCode} and a body that is not the expected JSON ({ex.Message}){CognitoErrorReader.Excerpt(content, isJson: CognitoErrorReader.LooksLikeJson(content))}.",
                requestId,
                response.StatusCode,
                ex);
        }
    }

    private static long ElapsedMs(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    private static string Describe(Exception ex) => ex switch
    {
        Polly.Timeout.TimeoutRejectedException => "timed out",
        OperationCanceledException => "timed out",
        HttpRequestException h when h.HttpRequestError != HttpRequestError.Unknown => h.HttpRequestError.ToString(),
        _ => ex.Message,
    };
}
