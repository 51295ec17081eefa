using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.Tokens;

/// <summary>
/// Validates Cognito user pool tokens against one pool: RS256 only, signature from the pool's JWKS, then issuer,
/// token use, client, lifetime, groups, scopes and an optional custom check. Thread-safe; create one and share it.
/// </summary>
/// <remarks>
/// With its keys cached, a validation parses header and payload in place and verifies the signature on spans, so it
/// costs little more than the RSA verification itself. Keys are fetched on first use (or by <see cref="PreloadAsync"/>)
/// and refetched only when a token names an unknown key, at most once every 10 seconds.
/// </remarks>
public sealed partial class CognitoTokenValidator : ICognitoTokenValidator
{
    /// <summary>The name of the <see cref="HttpClient"/> this validator asks an <see cref="IHttpClientFactory"/> for.</summary>
    public const string HttpClientName = "CognitoKit.Jwks";

    /// <summary>The largest token accepted, in characters (256 KB).</summary>
    /// <remarks>A generous bound on what Cognito can issue: a user in 100 groups with 128-character names, their group
    /// roles, the pool's attributes and claims added by a pre token generation trigger (docs/tokens.md shows the sum).</remarks>
    public const int MaxTokenLength = 256 * 1024;

    private const int MaxKidBytes = 256;

    private readonly JwksCache _jwks;
    private readonly string _issuer;
    private readonly byte[] _issuerUtf8;
    private readonly string[] _clientIds;
    private readonly byte[][] _clientIdsUtf8;
    private readonly string[] _requiredGroups;
    private readonly string[] _requiredScopes;
    private readonly long _skewSeconds;
    private readonly CognitoTokenValidationOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a validator that fetches keys with <paramref name="httpClient"/>.</summary>
    /// <param name="options">What to check; copied, so later changes have no effect.</param>
    /// <param name="httpClient">The client for the JWKS request; not disposed by the validator.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Where key loading is logged; nothing when null.</param>
    /// <exception cref="ArgumentException">The options are incomplete or contradictory.</exception>
    public CognitoTokenValidator(
        CognitoTokenValidationOptions options, HttpClient httpClient, TimeProvider? timeProvider = null, ILogger<CognitoTokenValidator>? logger = null)
        : this(options, ToFactory(httpClient), timeProvider, logger)
    {
    }

    /// <summary>Creates a validator that takes its JWKS client from <paramref name="httpClientFactory"/> (named <see cref="HttpClientName"/>).</summary>
    /// <param name="options">What to check.</param>
    /// <param name="httpClientFactory">The source of HTTP clients.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">Where key loading is logged.</param>
    /// <exception cref="ArgumentException">The options are incomplete or contradictory.</exception>
    [ActivatorUtilitiesConstructor]
    public CognitoTokenValidator(
        IOptions<CognitoTokenValidationOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<CognitoTokenValidator> logger)
        : this(options?.Value!, ToFactory(httpClientFactory), timeProvider, logger)
    {
    }

    private CognitoTokenValidator(CognitoTokenValidationOptions options, Func<HttpClient> httpClient, TimeProvider? timeProvider, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        _options = Copy(options);
        _issuer = options.ResolveIssuer();
        _issuerUtf8 = Encoding.UTF8.GetBytes(_issuer);
        _clientIds = [.. options.AllowedClientIds ?? []];
        _clientIdsUtf8 = [.. _clientIds.Select(Encoding.UTF8.GetBytes)];
        _requiredGroups = [.. options.RequiredGroups ?? []];
        _requiredScopes = [.. options.RequiredScopes ?? []];
        _skewSeconds = (long)options.ClockSkew.TotalSeconds;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _jwks = new JwksCache(new Uri(_issuer + "/.well-known/jwks.json"), httpClient, _timeProvider, logger ?? NullLogger.Instance);
    }

    /// <summary>The issuer tokens must carry.</summary>
    public string Issuer => _issuer;

    /// <summary>Where the signing keys are fetched from: <c>{issuer}/.well-known/jwks.json</c>.</summary>
    public Uri JwksUri => _jwks.JwksUri;

    /// <inheritdoc />
    public ValueTask<CognitoTokenValidationResult> ValidateAsync(
        string token, CognitoTokenUse expectedUse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (expectedUse is not (CognitoTokenUse.Id or CognitoTokenUse.Access))
        {
            throw new ArgumentOutOfRangeException(nameof(expectedUse), expectedUse, "Expected CognitoTokenUse.Id or CognitoTokenUse.Access.");
        }

        var result = Validate(token, expectedUse, keysRefreshed: false);
        return result is not null
            ? new ValueTask<CognitoTokenValidationResult>(result)
            : ValidateAfterKeyRefreshAsync(token, expectedUse, cancellationToken);
    }

    /// <inheritdoc />
    public Task PreloadAsync(CancellationToken cancellationToken = default) => _jwks.PreloadAsync(cancellationToken);

    /// <summary>Installs signing keys from a JWKS document, for use without network (air-gapped hosts, tests).</summary>
    /// <param name="jwksJson">The JWKS document (<c>{"keys":[...]}</c>).</param>
    /// <exception cref="CognitoTokenValidationException">The document is unusable (<see cref="TokenRejectionReason.JwksUnavailable"/>).</exception>
    /// <remarks>Counts as a fetch: an unknown kid triggers a network refetch only 10 seconds later.</remarks>
    public void PreloadJwks(string jwksJson)
    {
        ArgumentNullException.ThrowIfNull(jwksJson);
        try
        {
            _jwks.Load(Encoding.UTF8.GetBytes(jwksJson));
        }
        catch (JwksFormatException ex)
        {
            throw new CognitoTokenValidationException(TokenRejectionReason.JwksUnavailable, $"The JWKS is not usable: {ex.Message}", ex);
        }
    }

    private async ValueTask<CognitoTokenValidationResult> ValidateAfterKeyRefreshAsync(
        string token, CognitoTokenUse expectedUse, CancellationToken cancellationToken)
    {
        await _jwks.RefreshForUnknownKeyAsync(cancellationToken).ConfigureAwait(false);
        return Validate(token, expectedUse, keysRefreshed: true)!;
    }

    private static CognitoTokenValidationOptions Copy(CognitoTokenValidationOptions o) => new()
    {
        Region = o.Region,
        UserPoolId = o.UserPoolId,
        Issuer = o.Issuer,
        ClockSkew = o.ClockSkew,
        CustomCheck = o.CustomCheck,
        ValidateIssuer = o.ValidateIssuer,
        ValidateTokenUse = o.ValidateTokenUse,
        ValidateClientId = o.ValidateClientId,
        ValidateExpiration = o.ValidateExpiration,
        ValidateNotBefore = o.ValidateNotBefore,
        ValidateIssuedAt = o.ValidateIssuedAt,
    };

    private static Func<HttpClient> ToFactory(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        return () => httpClient;
    }

    private static Func<HttpClient> ToFactory(IHttpClientFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return () => factory.CreateClient(HttpClientName);
    }
}
