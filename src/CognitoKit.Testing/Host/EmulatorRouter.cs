using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Persistence;

namespace CognitoKit.Testing.Host;

/// <summary>
/// Turns HTTP into service calls: picks the service by <c>X-Amz-Target</c> prefix (or a form body for
/// query-protocol services), checks content type and required members, applies injected faults, and
/// writes every failure as an AWS JSON error, never an HTML page. Every request but the debug API's is recorded in
/// the request log, GETs included.
/// </summary>
internal sealed class EmulatorRouter
{
    private const string AmzJson11 = "application/x-amz-json-1.1";
    private readonly EmulatorState state;
    private readonly EmulatorServices services;

    public EmulatorRouter(EmulatorState state, EmulatorServices services)
    {
        this.state = state;
        this.services = services;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        var ct = context.RequestAborted;
        if (!LoopbackHostFilter.IsAllowed(context.Request.Host, state))
        {
            // 421 Misdirected Request: this server is not the one the name was meant for. Not recorded: not a client's call.
            await WriteErrorAsync(context, "MisdirectedRequestException", LoopbackHostFilter.RefusalMessage(context.Request.Host), StatusCodes.Status421MisdirectedRequest).ConfigureAwait(false);
            return;
        }

        if (CrossOriginPolicy.Applies(context))
        {
            CrossOriginPolicy.AddResponseHeaders(context);
            if (CrossOriginPolicy.IsPreflight(context))
            {
                CrossOriginPolicy.AnswerPreflight(context);
                return;
            }
        }

        state.Sweeper.SweepIfDue();
        try
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await HandleGetAsync(context, ct).ConfigureAwait(false);
                return;
            }

            if (!HttpMethods.IsPost(context.Request.Method))
            {
                throw new AwsServiceException("UnknownOperationException", "Only POST is supported.", 404);
            }

            var target = context.Request.Headers["X-Amz-Target"].ToString();
            var contentType = context.Request.ContentType ?? string.Empty;
            if (target.Length == 0 && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            {
                await HandleFormAsync(context, requestId, ct).ConfigureAwait(false);
                return;
            }

            await HandleJsonAsync(context, target, contentType, requestId, ct).ConfigureAwait(false);
        }
        catch (AwsServiceException error)
        {
            await WriteErrorAsync(context, error.ErrorCode, error.Message, error.StatusCode).ConfigureAwait(false);
        }
        catch (BadHttpRequestException error)
        {
            // Kestrel's own refusals (a body over the size limit, a truncated body, a malformed form) are the
            // caller's fault: a 4xx that SDKs do not retry, never the 500 InternalErrorException they would retry.
            await WriteErrorAsync(context, "SerializationException", error.StatusCode == 413 ? "Request body too large." : "The request body could not be read.", error.StatusCode).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            await WriteErrorAsync(context, "SerializationException", "The request body could not be read.", 400).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
        }
        catch (Exception)
        {
            await WriteErrorAsync(context, "InternalErrorException", "An internal error occurred.", 500).ConfigureAwait(false);
        }
    }

    public static async Task WriteJsonAsync(HttpContext context, JsonNode body, int statusCode = 200)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = AmzJson11;
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    public static Task WriteErrorAsync(HttpContext context, string code, string message, int statusCode)
    {
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        context.Response.Headers["x-amzn-ErrorType"] = code;
        return WriteJsonAsync(context, new JsonObject { ["__type"] = code, ["message"] = message }, statusCode);
    }

    private async Task HandleJsonAsync(HttpContext context, string target, string contentType, string requestId, CancellationToken ct)
    {
        var service = services.JsonServices.FirstOrDefault(s => target.StartsWith(s.TargetPrefix, StringComparison.Ordinal));
        var operation = service is null ? string.Empty : target[service.TargetPrefix.Length..];
        if (service is null || !service.TryGetOperation(operation, out var handler))
        {
            throw new AwsServiceException("UnknownOperationException", target.Length == 0 ? "Missing X-Amz-Target header." : "Unknown operation " + target + ".");
        }

        if (!IsJsonContentType(contentType))
        {
            throw new AwsServiceException("UnknownOperationException", "Unsupported Content-Type '" + contentType + "'; expected " + AmzJson11 + ".");
        }

        CrossOriginPolicy.CheckSignature(context, operation);
        var body = await ReadBodyAsync(context, ct).ConfigureAwait(false);
        state.Requests.Record(operation, target, body.ToJsonString(), context.Request.Headers);
        service.Authenticate(operation, context.Request);
        await state.Faults.ApplyAsync(operation, state.Clock, ct).ConfigureAwait(false);
        foreach (var member in service.RequiredMembers(operation))
        {
            if (body[member] is null)
            {
                throw AwsServiceException.MissingMember(member);
            }
        }

        var response = await handler(new AwsJsonRequest(operation, body, context, requestId)).ConfigureAwait(false);
        if (OperationDurability.ChangesState(operation))
        {
            // Success is answered only once the change is on disk (a no-op without a data directory).
            await state.PersistAsync().ConfigureAwait(false);
        }

        await WriteJsonAsync(context, response ?? new JsonObject()).ConfigureAwait(false);
    }

    private async Task HandleFormAsync(HttpContext context, string requestId, CancellationToken ct)
    {
        // Buffered so a service can re-read the exact bytes (SigV4 hashes the raw payload).
        context.Request.EnableBuffering();
        var form = await context.Request.ReadFormAsync(ct).ConfigureAwait(false);
        context.Request.Body.Position = 0;
        var values = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var action = values.GetValueOrDefault("Action") ?? string.Empty;
        state.Requests.Record(action, action, string.Empty, context.Request.Headers);
        await state.Faults.ApplyAsync(action, state.Clock, ct).ConfigureAwait(false);
        foreach (var service in services.FormServices)
        {
            if (await HoldAnswerUntilPersistedAsync(context, () => service.TryHandleAsync(context, values, requestId, ct)).ConfigureAwait(false))
            {
                return;
            }
        }

        throw new AwsServiceException("UnknownOperationException", "Unknown operation " + action + ".");
    }

    private async Task HandleGetAsync(HttpContext context, CancellationToken ct)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!path.StartsWith(Hooks.EmulatorDebugApi.PathPrefix, StringComparison.Ordinal))
        {
            var operation = EmulatorRequestLog.GetOperation(path);
            state.Requests.Record(operation, operation, string.Empty, context.Request.Headers);
        }

        foreach (var handler in services.GetHandlers)
        {
            if (await HoldAnswerUntilPersistedAsync(context, () => handler.TryHandleGetAsync(context, path, ct)).ConfigureAwait(false))
            {
                return;
            }
        }

        throw new AwsServiceException("ResourceNotFoundException", "Nothing is served at " + path + ".", 404);
    }

    /// <summary>
    /// With a data directory, the handler's answer (the OAuth endpoints', STS's, a JWKS made on first use) is held in
    /// memory until what it changed is on disk, then sent; without one, it is sent as written.
    /// </summary>
    private async Task<bool> HoldAnswerUntilPersistedAsync(HttpContext context, Func<ValueTask<bool>> handle)
    {
        if (state.Journal is null)
        {
            return await handle().ConfigureAwait(false);
        }

        var original = context.Response.Body;
        using var held = new MemoryStream();
        context.Response.Body = held;
        bool handled;
        try
        {
            handled = await handle().ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (handled)
        {
            await state.PersistAsync().ConfigureAwait(false);
            held.Position = 0;
            await held.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
        }

        return handled;
    }

    private static bool IsJsonContentType(string contentType)
    {
        var media = contentType.Split(';')[0].Trim();
        return media.Equals(AmzJson11, StringComparison.OrdinalIgnoreCase)
            || media.Equals("application/x-amz-json-1.0", StringComparison.OrdinalIgnoreCase)
            || media.Equals("application/json", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpContext context, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, ct).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return new JsonObject();
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray()) as JsonObject
                ?? throw new AwsServiceException("SerializationException", "The request body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw new AwsServiceException("SerializationException", "The request body is not valid JSON.");
        }
    }
}
