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
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TokenValidationBenchmarks
{
    private const string Kid = "bench-key-1";
    private const string Issuer = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_BenchPool";
    private const string ClientId = "4tq8bench1client2id3abc4def";
    private readonly JsonWebTokenHandler _handler = new();
    private RSA _signingKey = null!;
    private RSA _verifyKey = null!;
    private string _token = "";
    private CognitoTokenValidator _validator = null!;
    private HttpClient _http = null!;
    private TokenValidationParameters _parameters = null!;
    private ActivityListener? _activityListener;
    private MeterListener? _meterListener;

    [GlobalSetup]
    public void Setup()
    {
        _signingKey = RSA.Create(2048);
        RSAParameters publicKey = _signingKey.ExportParameters(includePrivateParameters: false);
        _verifyKey = RSA.Create(publicKey);

        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string header = JsonSerializer.Serialize(new Dictionary<string, object> { ["kid"] = Kid, ["alg"] = "RS256" });
        string payload = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["sub"] = "6a1b2c3d-1111-2222-3333-444455556666",
            ["cognito:groups"] = new[] { "admins", "readers" },
            ["iss"] = Issuer,
            ["version"] = 2,
            ["client_id"] = ClientId,
            ["origin_jti"] = "0d9c8b7a-aaaa-bbbb-cccc-ddddeeeeffff",
            ["event_id"] = "e1e2e3e4-0000-1111-2222-333344445555",
            ["token_use"] = "access",
            ["scope"] = "aws.cognito.signin.user.admin orders/read",
            ["auth_time"] = now - 60,
            ["exp"] = now + 3540,
            ["iat"] = now - 60,
            ["jti"] = "f0f1f2f3-9999-8888-7777-666655554444",
            ["username"] = "alice",
        });
        string input = Base64Url(Encoding.UTF8.GetBytes(header)) + "." + Base64Url(Encoding.UTF8.GetBytes(payload));
        byte[] signature = _signingKey.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        _token = input + "." + Base64Url(signature);

        var options = new CognitoTokenValidationOptions { Region = "eu-west-1", UserPoolId = "eu-west-1_BenchPool" };
        options.AllowedClientIds.Add(ClientId);
        _http = new HttpClient();
        _validator = new CognitoTokenValidator(options, _http);
        string jwks = JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = "RSA", ["kid"] = Kid, ["use"] = "sig", ["alg"] = "RS256",
                    ["n"] = Base64Url(publicKey.Modulus!), ["e"] = Base64Url(publicKey.Exponent!),
                },
            },
        });
        _validator.PreloadJwks(jwks);

        _parameters = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidateAudience = false,
            ValidateLifetime = true,
            IssuerSigningKey = new RsaSecurityKey(_verifyKey) { KeyId = Kid },
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        };

        if (!BareRs256Check() || !CognitoKitValidate() || !JsonWebTokenHandlerValidate())
        {
            throw new InvalidOperationException("A validator rejected the benchmark token.");
        }

        // Warm the validator's per-kid RSA cache and the handler's caches before measuring.
        _ = CognitoKitValidate();
        _ = JsonWebTokenHandlerValidate();
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
        _signingKey.Dispose();
        _verifyKey.Dispose();
    }

    [Benchmark(Baseline = true)]
    public bool BareRs256Check()
    {
        ReadOnlySpan<char> token = _token;
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
        return _verifyKey.VerifyData(data[..dataLength], signature[..signatureLength], HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
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

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
