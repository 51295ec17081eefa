using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing;

/// <summary>Triggers served over HTTP, for a pool whose trigger code runs outside the test process.</summary>
public static class TriggerWebhook
{
    /// <summary>
    /// A handler that POSTs the event JSON (as Cognito gives it to a Lambda) to <paramref name="url"/> and takes the
    /// <c>response</c> of the event JSON it answers. A non-2xx answer with <c>{"errorMessage": "..."}</c> fails the operation
    /// with <c>UserLambdaValidationException</c>; an answer that is not an event, with <c>InvalidLambdaResponseException</c>;
    /// no answer in time or no server, with <c>UnexpectedLambdaException</c>.
    /// </summary>
    /// <typeparam name="TEvent">The trigger's event.</typeparam>
    /// <param name="url">An absolute <c>http</c> or <c>https</c> URL.</param>
    /// <returns>The handler, to set on <see cref="UserPoolTriggers"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http(s) URL.</exception>
    public static TriggerHandler<TEvent> For<TEvent>(Uri url)
        where TEvent : TriggerEvent
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("A trigger webhook needs an absolute http or https URL.", nameof(url));
        }

        return (triggerEvent, cancellationToken) =>
        {
            WebhookCall.Invoke(url, triggerEvent, cancellationToken);
            return ValueTask.CompletedTask;
        };
    }
}
