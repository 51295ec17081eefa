using System.Collections.Concurrent;
using CognitoKit.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore;

/// <summary>One validator per scheme, built on the scheme's first request and kept, so its JWKS cache and penalty box are shared;
/// every one consults the container's revocation list.</summary>
internal sealed class CognitoValidatorProvider
{
    private readonly ConcurrentDictionary<string, Lazy<ICognitoTokenValidator>> _validators = new(StringComparer.Ordinal);
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ICognitoRevocationList _revocations;
    private readonly ILoggerFactory? _loggerFactory;

    public CognitoValidatorProvider(IHttpClientFactory httpClientFactory, ICognitoRevocationList revocations, ILoggerFactory? loggerFactory = null)
    {
        _httpClientFactory = httpClientFactory;
        _revocations = revocations;
        _loggerFactory = loggerFactory;
    }

    public ICognitoTokenValidator Get(string scheme, CognitoAuthenticationOptions options) =>
        options.Validator ?? _validators.GetOrAdd(scheme, name => new Lazy<ICognitoTokenValidator>(() => Create(name, options))).Value;

    private ICognitoTokenValidator Create(string scheme, CognitoAuthenticationOptions options)
    {
        try
        {
            if (options.ToMultiPoolOptions() is { } pools)
            {
                return new CognitoMultiPoolTokenValidator(
                    Options.Create(pools),
                    _httpClientFactory,
                    options.TimeProvider ?? TimeProvider.System,
                    _loggerFactory?.CreateLogger<CognitoTokenValidator>() ?? NullLogger<CognitoTokenValidator>.Instance)
                {
                    RevocationList = _revocations,
                };
            }

            return new CognitoTokenValidator(
                Options.Create(options.ToValidationOptions()),
                _httpClientFactory,
                options.TimeProvider ?? TimeProvider.System,
                _loggerFactory?.CreateLogger<CognitoTokenValidator>() ?? NullLogger<CognitoTokenValidator>.Instance)
            {
                RevocationList = _revocations,
            };
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"The Cognito authentication scheme '{scheme}' is not configured correctly: {ex.Message}", ex);
        }
    }
}
