using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CognitoKit.Testing.Triggers;

/// <summary>
/// One trigger event POSTed to a webhook. Synchronous on purpose: triggers run inside operations that hold the pool,
/// and a blocking send needs no thread-pool thread to finish.
/// </summary>
internal static class WebhookCall
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public static void Invoke(Uri url, TriggerEvent triggerEvent, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(triggerEvent, triggerEvent.JsonTypeInfo);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        HttpResponseMessage response;
        try
        {
            response = Client.Send(request, cancellationToken);
        }
        catch (HttpRequestException error)
        {
            throw TriggerFailure.Unreachable(triggerEvent.TriggerName, error.HttpRequestError.ToString());
        }

        using (response)
        {
            string answer;
            using (var reader = new StreamReader(response.Content.ReadAsStream(cancellationToken), Encoding.UTF8))
            {
                answer = reader.ReadToEnd();
            }

            if (!response.IsSuccessStatusCode)
            {
                throw ErrorFrom(triggerEvent.TriggerName, (int)response.StatusCode, answer);
            }

            TriggerEvent? answered;
            try
            {
                answered = JsonSerializer.Deserialize(answer, triggerEvent.JsonTypeInfo) as TriggerEvent;
            }
            catch (JsonException)
            {
                throw TriggerFailure.Unrecognizable();
            }

            if (answered is null || !triggerEvent.TakeResponseFrom(answered))
            {
                throw TriggerFailure.Unrecognizable();
            }
        }
    }

    /// <summary>A Lambda error body becomes the trigger's own error (as when the function throws); anything else, a failed invocation.</summary>
    private static Exception ErrorFrom(string triggerName, int status, string answer)
    {
        try
        {
            if (JsonSerializer.Deserialize(answer, TriggerJsonContext.Default.LambdaErrorAnswer) is { ErrorMessage: { } message })
            {
                return new TriggerFailure("UserLambdaValidationException", triggerName + " failed with error " + message + ".");
            }
        }
        catch (JsonException)
        {
            // Not a Lambda error body: reported by status below.
        }

        return TriggerFailure.Unreachable(triggerName, "HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
