using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CognitoKit.Diagnostics;
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

    public AwsJsonClient(Func<HttpClient> http, CognitoServiceEndpoint service, CognitoRetryPolicy retry, IRequestSigner? signer, ILogger logger)
    {
        _http = http;
        _service = service;
        _signer = signer;
        _logger = logger;
        _pipeline = retry.Build(service.TargetPrefix, logger);
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
        try
        {
            var state = (Client: this, Operation: operation, Body: body, ResponseType: responseType);
            (TResponse value, string? requestId) = await _pipeline.ExecuteAsync(
                static (ctx, s) => new ValueTask<(TResponse, string?)>(s.Client.SendOnceAsync(s.Operation, s.Body, s.ResponseType, ctx.CancellationToken)),
                context,
                state).ConfigureAwait(false);
            Log.CallSucceeded(_logger, _service.SigningName, operation.Name, ElapsedMs(started), requestId);
            return value;
        }
        catch (CognitoException ex)
        {
            Log.CallFailed(_logger, _service.SigningName, operation.Name, ex.ErrorCode, ElapsedMs(started), ex.RequestId, (int)ex.StatusCode);
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.Timeout.TimeoutRejectedException or OperationCanceledException)
        {
            Log.CallUnreachable(_logger, _service.SigningName, operation.Name, ElapsedMs(started), ex.GetType().Name);
            throw new CognitoUnavailableException(
                $"Cognito {_service.SigningName} could not be reached for {operation.Name} at {_service.Endpoint}: {Describe(ex)}", ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
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
            throw CognitoErrorReader.Read(response.StatusCode, response.Headers, content);
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
