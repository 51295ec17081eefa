using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using CognitoKit.Diagnostics;
using CognitoKit.Tokens.Validation;
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
/// from the JWKS of the accepted issuer the token names; refetched when a token names an unknown key (at most once every
/// 10 seconds), and in the background once older than <see cref="CognitoTokenValidationOptions.JwksMaxAge"/>.
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

    private readonly JwksCache[] _jwks;
    private readonly string[] _issuers;
    private readonly byte[][] _issuersUtf8;
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

    internal CognitoTokenValidator(CognitoTokenValidationOptions options, Func<HttpClient> httpClient, TimeProvider? timeProvider, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        _options = Copy(options);
        _issuers = [.. options.ResolveIssuers()];
        _issuersUtf8 = [.. _issuers.Select(Encoding.UTF8.GetBytes)];
        _clientIds = [.. options.AllowedClientIds ?? []];
        _clientIdsUtf8 = [.. _clientIds.Select(Encoding.UTF8.GetBytes)];
        _requiredGroups = [.. options.RequiredGroups ?? []];
        _requiredScopes = [.. options.RequiredScopes ?? []];
        _skewSeconds = (long)options.ClockSkew.TotalSeconds;
        _timeProvider = timeProvider ?? TimeProvider.System;
        var log = logger ?? NullLogger.Instance;
        _jwks = [.. _issuers.Select(i => new JwksCache(new Uri(i + "/.well-known/jwks.json"), httpClient, _timeProvider, log, options.JwksMaxAge))];
        _tokenCache = CreateTokenCache(options, _jwks, _timeProvider, _skewSeconds);
    }

    /// <summary>The first accepted issuer: <see cref="CognitoTokenValidationOptions.Issuer"/> when set, else the pool's
    /// original form <c>https://cognito-idp.{region}.amazonaws.com/{userPoolId}</c>.</summary>
    public string Issuer => _issuers[0];

    /// <summary>Every issuer a token may carry: the configured one, or the pool's original and updated forms.</summary>
    public IReadOnlyList<string> AcceptedIssuers => _issuers;

    /// <summary>Where the signing keys of <see cref="Issuer"/> are fetched from: <c>{issuer}/.well-known/jwks.json</c>.</summary>
    public Uri JwksUri => _jwks[0].JwksUri;

    /// <inheritdoc />
    /// <exception cref="PlatformNotSupportedException">Called in the browser (browser-wasm), where .NET has no RSA.</exception>
    [System.Runtime.Versioning.UnsupportedOSPlatform("browser")]
    public ValueTask<CognitoTokenValidationResult> ValidateAsync(
        string token, CognitoTokenUse expectedUse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (OperatingSystem.IsBrowser())
        {
            // Said up front: a missing RSA deep inside would otherwise read as a bad signature.
            throw new PlatformNotSupportedException(
                "Validating a Cognito token's signature needs RSA, which .NET does not have in the browser (browser-wasm). "
                + "Validate tokens where they are trusted: in your API (CognitoKit.AspNetCore's bearer authentication).");
        }

        if (expectedUse is not (CognitoTokenUse.Id or CognitoTokenUse.Access))
        {
            throw new ArgumentOutOfRangeException(nameof(expectedUse), expectedUse, "Expected CognitoTokenUse.Id or CognitoTokenUse.Access.");
        }

        if (Telemetry.Source.HasListeners() || _metrics.Validations.Enabled)
        {
            return ValidateObservedAsync(token, expectedUse, cancellationToken);
        }

        var result = Validate(token, expectedUse, keysRefreshed: false, out var keySource);
        return result is not null
            ? new ValueTask<CognitoTokenValidationResult>(result)
            : ValidateAfterKeyRefreshAsync(token, expectedUse, _jwks[keySource], cancellationToken);
    }

    /// <summary>The key caches, one per accepted issuer, for the JWKS health check.</summary>
    internal IReadOnlyList<JwksCache> KeySources => _jwks;

    /// <inheritdoc />
    /// <remarks>Loads the keys of every accepted issuer.</remarks>
    public Task PreloadAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(_jwks.Select(j => j.PreloadAsync(cancellationToken)));

    /// <summary>Installs signing keys from a JWKS document, for use without network (air-gapped hosts, tests).</summary>
    /// <param name="jwksJson">The JWKS document (<c>{"keys":[...]}</c>).</param>
    /// <exception cref="CognitoTokenValidationException">The document is unusable (<see cref="TokenRejectionReason.JwksUnavailable"/>).</exception>
    /// <remarks>The keys serve every accepted issuer. Counts as a fetch: an unknown kid triggers a network refetch only
    /// 10 seconds later. These keys do not age (<see cref="CognitoTokenValidationOptions.JwksMaxAge"/>).</remarks>
    public void PreloadJwks(string jwksJson)
    {
        ArgumentNullException.ThrowIfNull(jwksJson);
        try
        {
            foreach (var jwks in _jwks)
            {
                jwks.Load(Encoding.UTF8.GetBytes(jwksJson));
            }
        }
        catch (JwksFormatException ex)
        {
            throw new CognitoTokenValidationException(TokenRejectionReason.JwksUnavailable, $"The JWKS is not usable: {ex.Message}", ex);
        }
    }

    private async ValueTask<CognitoTokenValidationResult> ValidateAfterKeyRefreshAsync(
        string token, CognitoTokenUse expectedUse, JwksCache jwks, CancellationToken cancellationToken)
    {
        await jwks.RefreshForUnknownKeyAsync(cancellationToken).ConfigureAwait(false);
        return Validate(token, expectedUse, keysRefreshed: true, out _)!;
    }

    private static CognitoTokenValidationOptions Copy(CognitoTokenValidationOptions o) => new()
    {
        Region = o.Region,
        UserPoolId = o.UserPoolId,
        Issuer = o.Issuer,
        ClockSkew = o.ClockSkew,
        JwksMaxAge = o.JwksMaxAge,
        ValidatedTokenCacheSize = o.ValidatedTokenCacheSize,
        CustomCheck = o.CustomCheck,
        ValidateIssuer = o.ValidateIssuer,
        ValidateTokenUse = o.ValidateTokenUse,
        ValidateClientId = o.ValidateClientId,
        ValidateExpiration = o.ValidateExpiration,
        ValidateNotBefore = o.ValidateNotBefore,
        ValidateIssuedAt = o.ValidateIssuedAt,
    };

    internal static Func<HttpClient> ToFactory(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        return () => httpClient;
    }

    internal static Func<HttpClient> ToFactory(IHttpClientFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return () => factory.CreateClient(HttpClientName);
    }
}
