using CognitoKit.Tokens.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CognitoKit.Tokens;

/// <summary>
/// Validates Cognito tokens of several user pools: reads the token's <c>iss</c> (unverified) first, picks the trusted
/// pool with that issuer, and validates the token against that pool alone: its signing keys, its app clients, its checks.
/// A token of any other issuer is rejected (<see cref="TokenRejectionReason.WrongIssuer"/>) without any key being fetched.
/// Thread-safe; create one and share it.
/// </summary>
/// <remarks>
/// Each pool keeps its own JWKS cache, fetched on first use from <c>{issuer}/.well-known/jwks.json</c> of the issuer the
/// token names, so a token can never make the validator fetch keys from a URL it was not configured with.
/// </remarks>
public sealed class CognitoMultiPoolTokenValidator : ICognitoTokenValidator
{
    private readonly CognitoTokenValidator[] _pools;
    private readonly Dictionary<string, CognitoTokenValidator> _byIssuer = new(StringComparer.Ordinal);
    private readonly string _issuerList;

    // The trusted issuers in UTF-8 and, at the same index, their pool: the token's iss is matched in place, unallocated.
    private readonly byte[][] _issuersUtf8;
    private readonly CognitoTokenValidator[] _issuerPools;

    /// <summary>Creates a validator that fetches keys with <paramref name="httpClient"/>.</summary>
    /// <param name="options">The trusted pools; copied, so later changes have no effect.</param>
    /// <param name="httpClient">The client for the JWKS requests; not disposed by the validator.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Where key loading is logged; nothing when null.</param>
    /// <exception cref="ArgumentException">No pool is trusted, a pool's options are incomplete or turn the issuer check
    /// off, or two pools share an issuer.</exception>
    public CognitoMultiPoolTokenValidator(
        CognitoMultiPoolValidationOptions options, HttpClient httpClient, TimeProvider? timeProvider = null, ILogger<CognitoTokenValidator>? logger = null)
        : this(options, CognitoTokenValidator.ToFactory(httpClient), timeProvider, logger)
    {
    }

    /// <summary>Creates a validator that takes its JWKS client from <paramref name="httpClientFactory"/> (named <see cref="CognitoTokenValidator.HttpClientName"/>).</summary>
    /// <param name="options">The trusted pools.</param>
    /// <param name="httpClientFactory">The source of HTTP clients.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">Where key loading is logged.</param>
    /// <exception cref="ArgumentException">No pool is trusted, a pool's options are incomplete or turn the issuer check
    /// off, or two pools share an issuer.</exception>
    [ActivatorUtilitiesConstructor]
    public CognitoMultiPoolTokenValidator(
        IOptions<CognitoMultiPoolValidationOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<CognitoTokenValidator> logger)
        : this(options?.Value!, CognitoTokenValidator.ToFactory(httpClientFactory), timeProvider, logger)
    {
    }

    private CognitoMultiPoolTokenValidator(CognitoMultiPoolValidationOptions options, Func<HttpClient> httpClient, TimeProvider? timeProvider, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Pools.Count == 0)
        {
            throw new ArgumentException("CognitoMultiPoolValidationOptions trusts no pool: add each with TrustPool(...).", nameof(options));
        }

        var pools = new List<CognitoTokenValidator>(options.Pools.Count);
        for (int i = 0; i < options.Pools.Count; i++)
        {
            CognitoTokenValidationOptions pool = options.Pools[i] ?? throw new ArgumentException($"Trusted pool {i + 1} is null.", nameof(options));
            if (!pool.ValidateIssuer)
            {
                throw new ArgumentException(
                    $"Trusted pool {i + 1} turns ValidateIssuer off, but a validator trusting several pools picks the pool by the token's issuer.",
                    nameof(options));
            }

            CognitoTokenValidator validator;
            try
            {
                validator = new CognitoTokenValidator(pool, httpClient, timeProvider, logger);
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentException($"Trusted pool {i + 1}: {ex.Message}", nameof(options), ex);
            }

            foreach (string issuer in validator.AcceptedIssuers)
            {
                if (!_byIssuer.TryAdd(issuer, validator))
                {
                    throw new ArgumentException($"The issuer '{issuer}' is trusted twice (pool {i + 1} and an earlier one): trust each pool once.", nameof(options));
                }
            }

            pools.Add(validator);
        }

        _pools = [.. pools];
        _issuerList = string.Join(", ", _byIssuer.Keys);
        _issuersUtf8 = [.. _byIssuer.Keys.Select(System.Text.Encoding.UTF8.GetBytes)];
        _issuerPools = [.. _byIssuer.Values];
    }

    /// <summary>
    /// The deny set every trusted pool's validator consults once a token has passed the signature and claim checks (see
    /// <see cref="CognitoTokenValidator.RevocationList"/>). <see langword="null"/> (the default for a validator built by
    /// hand) checks nothing; the validator registered by <c>AddCognitoMultiPoolTokenValidation</c> uses the registered
    /// <see cref="ICognitoRevocationList"/>.
    /// </summary>
    public ICognitoRevocationList? RevocationList
    {
        get => _pools[0].RevocationList;
        init
        {
            foreach (CognitoTokenValidator pool in _pools)
            {
                pool.UseRevocationList(value);
            }
        }
    }

    /// <summary>One validator per trusted pool, in the order the pools were added.</summary>
    public IReadOnlyList<CognitoTokenValidator> Pools => _pools;

    /// <summary>Every issuer a token may carry, over all trusted pools.</summary>
    public IReadOnlyCollection<string> AcceptedIssuers => _byIssuer.Keys;

    /// <inheritdoc />
    public ValueTask<CognitoTokenValidationResult> ValidateAsync(
        string token, CognitoTokenUse expectedUse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);

        // A token a pool has cached (ValidatedTokenCacheSize) passed that pool's issuer check: skip reading the payload.
        foreach (CognitoTokenValidator candidate in _pools)
        {
            if (candidate.HasCached(token))
            {
                return candidate.ValidateAsync(token, expectedUse, cancellationToken);
            }
        }

        if (UnverifiedJwtReader.IndexOfString(token, "iss", _issuersUtf8) is var match and >= 0)
        {
            return _issuerPools[match].ValidateAsync(token, expectedUse, cancellationToken);
        }

        // No trusted issuer. The first pool's validator still reports what comes before the issuer check (a malformed
        // token, a forbidden algorithm) in its own words; it rejects the rest as WrongIssuer before any key lookup, since
        // the issuer is not one of its own.
        ValueTask<CognitoTokenValidationResult> first = _pools[0].ValidateAsync(token, expectedUse, cancellationToken);
        var untrusted = CognitoTokenValidationResult.Failure(
            TokenRejectionReason.WrongIssuer, $"The token's issuer is none of the trusted pools' ({_issuerList}).");
        if (!first.IsCompletedSuccessfully)
        {
            return new ValueTask<CognitoTokenValidationResult>(untrusted);
        }

        CognitoTokenValidationResult result = first.Result;
        return new ValueTask<CognitoTokenValidationResult>(
            result.RejectionReason == TokenRejectionReason.WrongIssuer && result.Message?.Contains("no 'iss'", StringComparison.Ordinal) != true ? untrusted : result);
    }

    /// <inheritdoc />
    /// <remarks>Loads the keys of every trusted pool.</remarks>
    public Task PreloadAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(_pools.Select(p => p.PreloadAsync(cancellationToken)));
}
