using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CognitoKit.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Benchmarks;

/// <summary>
/// Validating a Cognito access token with the signing key cached. Baseline: the bare RS256 check of
/// the same token (split, base64url-decode the signature, RSA.VerifyData with an already imported
/// key) - the floor any validator stands on. Compared: CognitoKit's validator (signature, issuer,
/// token_use, client_id, exp/iat/nbf) and Microsoft.IdentityModel's JsonWebTokenHandler with
/// equivalent parameters (issuer, lifetime, signing key, RS256 only; no audience, as access tokens have none).
/// Telemetry: <see cref="CognitoKitValidate"/> runs with nothing listening to CognitoKit (as in an app without
/// OpenTelemetry); <see cref="CognitoKitChecksWithoutTelemetry"/> is the same checks without the telemetry guard, so the
/// difference is what the instrumentation costs when nobody listens; <see cref="CognitoKitValidateTraced"/> runs with an
/// activity listener sampling every span and a meter listener on every CognitoKit instrument.
/// Several pools: <see cref="CognitoKitMultiPoolValidate"/> trusts two pools and validates a token of the second.
/// Validated-token cache: <see cref="CognitoKitCachedRepeatToken"/> validates the same token again (a cache hit);
/// <see cref="CognitoKitCachedFirstSeenToken"/> cycles through more distinct tokens than the cache holds, so every call
/// is a miss that verifies, caches and evicts (the cost of the cache for a token seen for the first time).
/// aws-jwt-verify (node) is timed by its own script, launched by the harness in the same run (TokenValidationNodeRow).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TokenValidationBenchmarks
{
    private const int FirstSeenTokens = 1024;
    private const int FirstSeenCacheSize = FirstSeenTokens / 2;
    private readonly JsonWebTokenHandler _handler = new();
    // One key object per process, never disposed: JsonWebTokenHandler caches its signature provider process-wide by the
    // key's thumbprint, so a fresh RSA object with the same public key would meet the provider of a disposed one.
    private static RSA? s_verifyKey;
    private RSA _verifyKey = null!;
    private string _token = "";
    private CognitoTokenValidator _validator = null!;
    private CognitoTokenValidator _cachingValidator = null!;
    private CognitoTokenValidator _rotatingValidator = null!;
    private CognitoMultiPoolTokenValidator _multiPool = null!;
    private HttpClient _http = null!;
    private TokenValidationParameters _parameters = null!;
    private ActivityListener? _activityListener;
    private MeterListener? _meterListener;
    private string[] _firstSeen = [];
    private RSA? _firstSeenVerifyKey;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        TokenValidationFixture fixture = TokenValidationFixture.LoadOrCreate();
        _token = fixture.Token;
        _verifyKey = s_verifyKey ??= fixture.CreateVerifyKey();
        _http = new HttpClient();
        _validator = new CognitoTokenValidator(Options(), _http);
        _validator.PreloadJwks(fixture.Jwks);

        var caching = Options();
        caching.ValidatedTokenCacheSize = FirstSeenCacheSize;
        _cachingValidator = new CognitoTokenValidator(caching, _http);
        _cachingValidator.PreloadJwks(fixture.Jwks);

        // Two trusted pools, each with its own key; the token is of the second.
        using RSA otherKey = RSA.Create(2048);
        TokenValidationFixture otherPool = TokenValidationFixture.Create(
            otherKey, "other-key-1", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool", "7otherclient8id9abc0def12", "jti");
        var pools = new CognitoMultiPoolValidationOptions()
            .TrustPool(o =>
            {
                o.UserPoolId = "eu-west-1_OtherPool";
                o.AllowedClientIds.Add("7otherclient8id9abc0def12");
            })
            .TrustPool(o =>
            {
                o.UserPoolId = TokenValidationFixture.PoolId;
                o.AllowedClientIds.Add(TokenValidationFixture.AppClientId);
            });
        _multiPool = new CognitoMultiPoolTokenValidator(pools, _http);
        _multiPool.Pools[0].PreloadJwks(otherPool.Jwks);
        _multiPool.Pools[1].PreloadJwks(fixture.Jwks);

        _parameters = new TokenValidationParameters
        {
            ValidIssuer = TokenValidationFixture.Issuer,
            ValidateAudience = false,
            ValidateLifetime = true,
            IssuerSigningKey = new RsaSecurityKey(_verifyKey) { KeyId = TokenValidationFixture.Kid },
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        };

        Check(nameof(BareRs256Check), BareRs256Check());
        Check(nameof(JsonWebTokenHandlerValidate), JsonWebTokenHandlerValidate());
        Check(nameof(CognitoKitValidate), _validator.ValidateWithCachedKeys(_token, CognitoTokenUse.Access));
        Check(nameof(CognitoKitMultiPoolValidate), _multiPool.ValidateAsync(_token, CognitoTokenUse.Access).AsTask().GetAwaiter().GetResult());
        Check(nameof(CognitoKitCachedRepeatToken), _cachingValidator.ValidateWithCachedKeys(_token, CognitoTokenUse.Access));

        // Warm the validator's per-kid RSA cache and the handler's caches before measuring.
        _ = CognitoKitValidate();
        _ = JsonWebTokenHandlerValidate();
    }

    [GlobalSetup(Targets = [nameof(CognitoKitCachedFirstSeenToken), nameof(CognitoKitRotatingTokensWithoutCache), nameof(BareRs256CheckRotatingTokens)])]
    public void SetupFirstSeen()
    {
        Setup();

        // Twice as many distinct tokens as the cache holds, taken in turn: first in, first out, so each one has been
        // evicted by the time it comes round again and every call verifies, caches and evicts.
        using RSA key = RSA.Create(2048);
        TokenValidationFixture first = TokenValidationFixture.Create(
            key, "first-seen-key", TokenValidationFixture.Issuer, TokenValidationFixture.AppClientId, "jti-0");
        _cachingValidator.PreloadJwks(first.Jwks);
        _rotatingValidator = new CognitoTokenValidator(Options(), _http);
        _rotatingValidator.PreloadJwks(first.Jwks);
        _firstSeenVerifyKey = RSA.Create(key.ExportParameters(includePrivateParameters: false));
        _firstSeen = [.. Enumerable.Range(0, FirstSeenTokens).Select(i => TokenValidationFixture.Create(
            key, "first-seen-key", TokenValidationFixture.Issuer, TokenValidationFixture.AppClientId, $"jti-{i}").Token)];
        for (int i = 0; i < FirstSeenTokens; i++)
        {
            if (!CognitoKitCachedFirstSeenToken())
            {
                throw new InvalidOperationException("The caching validator rejected a first-seen token.");
            }
        }
    }

    private static void Check(string row, bool valid)
    {
        if (!valid)
        {
            throw new InvalidOperationException($"{row} rejected the benchmark token.");
        }
    }

    private static void Check(string row, CognitoTokenValidationResult result)
    {
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"{row} rejected the benchmark token: {result.RejectionReason}, {result.Message}");
        }
    }

    private static CognitoTokenValidationOptions Options()
    {
        var options = new CognitoTokenValidationOptions { Region = TokenValidationFixture.Region, UserPoolId = TokenValidationFixture.PoolId };
        options.AllowedClientIds.Add(TokenValidationFixture.AppClientId);
        return options;
    }

    [GlobalSetup(Target = nameof(CognitoKitValidateTraced))]
    public void SetupTraced()
    {
        Setup();
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CognitoKitTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == CognitoKitTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
        _meterListener.Start();
        if (!CognitoKitValidateTraced())
        {
            throw new InvalidOperationException("The traced validation rejected the benchmark token.");
        }
    }

    [GlobalCleanup(Target = nameof(CognitoKitValidateTraced))]
    public void CleanupTraced()
    {
        _activityListener?.Dispose();
        _meterListener?.Dispose();
        Cleanup();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
    }

    [Benchmark(Baseline = true)]
    public bool BareRs256Check() => BareRs256Check(_token, _verifyKey);

    private static bool BareRs256Check(ReadOnlySpan<char> token, RSA verifyKey)
    {
        int lastDot = token.LastIndexOf('.');
        ReadOnlySpan<char> signed = token[..lastDot];
        ReadOnlySpan<char> encodedSignature = token[(lastDot + 1)..];
        Span<byte> signature = stackalloc byte[512];
        if (!System.Buffers.Text.Base64Url.TryDecodeFromChars(encodedSignature, signature, out int signatureLength))
        {
            return false;
        }

        // The signed part is ASCII by construction; encoding it on the stack keeps the floor allocation-free.
        Span<byte> data = stackalloc byte[signed.Length];
        int dataLength = Encoding.ASCII.GetBytes(signed, data);
        return verifyKey.VerifyData(data[..dataLength], signature[..signatureLength], HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>The bare check over the same distinct tokens the first-seen rows take in turn: the floor for a token this
    /// process has not seen (its characters not in the CPU's caches, its signature new to the branch predictor).</summary>
    [Benchmark]
    public bool BareRs256CheckRotatingTokens()
    {
        string token = _firstSeen[_next];
        _next = (_next + 1) % _firstSeen.Length;
        return BareRs256Check(token, _firstSeenVerifyKey!);
    }

    [Benchmark]
    public bool CognitoKitValidate()
    {
        // With the key cached the validation completes synchronously; no await machinery is involved.
        ValueTask<CognitoTokenValidationResult> pending = _validator.ValidateAsync(_token, CognitoTokenUse.Access);
        return (pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult()).IsValid;
    }

    [Benchmark]
    public bool CognitoKitChecksWithoutTelemetry() =>
        _validator.Validate(_token, CognitoTokenUse.Access, keysRefreshed: false, out _)!.IsValid;

    [Benchmark]
    public bool CognitoKitValidateTraced()
    {
        ValueTask<CognitoTokenValidationResult> pending = _validator.ValidateAsync(_token, CognitoTokenUse.Access);
        return (pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult()).IsValid;
    }

    [Benchmark]
    public bool JsonWebTokenHandlerValidate() =>
        _handler.ValidateTokenAsync(_token, _parameters).GetAwaiter().GetResult().IsValid;

    [Benchmark]
    public bool CognitoKitMultiPoolValidate() => IsValid(_multiPool.ValidateAsync(_token, CognitoTokenUse.Access));

    [Benchmark]
    public bool CognitoKitCachedRepeatToken() => IsValid(_cachingValidator.ValidateAsync(_token, CognitoTokenUse.Access));

    [Benchmark]
    public bool CognitoKitCachedFirstSeenToken()
    {
        string token = _firstSeen[_next];
        _next = (_next + 1) % _firstSeen.Length;
        return IsValid(_cachingValidator.ValidateAsync(token, CognitoTokenUse.Access));
    }

    /// <summary>The same distinct tokens in turn, by a validator without the cache: what a new token costs with no cache at all,
    /// so the first-seen row's difference from this one is the cache's own price.</summary>
    [Benchmark]
    public bool CognitoKitRotatingTokensWithoutCache()
    {
        string token = _firstSeen[_next];
        _next = (_next + 1) % _firstSeen.Length;
        return IsValid(_rotatingValidator.ValidateAsync(token, CognitoTokenUse.Access));
    }

    private static bool IsValid(ValueTask<CognitoTokenValidationResult> pending) =>
        (pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult()).IsValid;
}
