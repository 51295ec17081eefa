using System.Net;
using System.Net.Http.Headers;
using CognitoKit.Tokens;
using Microsoft.Extensions.Logging;

namespace CognitoKit.AspNetCore;

/// <summary>
/// Sends the session's token on every request (refreshed ahead of expiry by <see cref="CognitoSession.GetValidTokensAsync"/>),
/// and after a <c>401</c> refreshes the session and retries exactly once, with a copy of the request.
/// </summary>
internal sealed class CognitoAccessTokenHandler : DelegatingHandler
{
    private readonly ICognitoSessionAccessor _accessor;
    private readonly CognitoAccessTokenOptions _options;
    private readonly ILogger _logger;

    public CognitoAccessTokenHandler(ICognitoSessionAccessor accessor, CognitoAccessTokenOptions options, ILogger logger)
    {
        _accessor = accessor;
        _options = options;
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var session = await _accessor.GetSessionAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new CognitoSessionExpiredException(
                $"No Cognito session is available for this {request.Method} to {request.RequestUri?.Host}: sign in first.");
        var tokens = await session.GetValidTokensAsync(cancellationToken).ConfigureAwait(false);
        var sent = TokenOf(tokens);

        // Read before the first send: once a streamed body has gone it cannot be sent again.
        var body = _options.RetryOnUnauthorized && request.Content is not null
            ? await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false)
            : null;

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sent);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !_options.RetryOnUnauthorized)
        {
            return response;
        }

        response.Dispose();
        HttpLog.RetryingAfterUnauthorized(_logger, request.Method.Method, request.RequestUri?.Host, session.Username);
        var current = session.Tokens;
        if (TokenOf(current) != sent)
        {
            // A concurrent call got the same 401 and refreshed already: one refresh serves them all.
            HttpLog.AlreadyRefreshed(_logger, session.Username);
        }
        else
        {
            current = await session.RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        // Ours to dispose: the response does not need the request once it has been sent (its body is an in-memory copy).
        using var retry = Copy(request, body);
        retry.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenOf(current));
        return await base.SendAsync(retry, cancellationToken).ConfigureAwait(false);
    }

    private string TokenOf(CognitoTokens tokens) => _options.TokenUse == CognitoTokenUse.Id ? tokens.IdToken : tokens.AccessToken;

    private static HttpRequestMessage Copy(HttpRequestMessage original, byte[]? body)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri)
        {
            Version = original.Version,
            VersionPolicy = original.VersionPolicy,
        };
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in original.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }

        if (body is not null && original.Content is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in original.Content.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return copy;
    }
}
