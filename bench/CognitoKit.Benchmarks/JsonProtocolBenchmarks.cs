using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CognitoKit.Protocol;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;

namespace CognitoKit.Benchmarks;

/// <summary>
/// The wire JSON of one SRP sign-in step: writing an <c>InitiateAuth</c> request (USER_SRP_AUTH with
/// SRP_A) and reading its <c>PASSWORD_VERIFIER</c> challenge answer. Baseline: reflection-based
/// System.Text.Json with the same options (a cached JsonSerializerOptions, warm), i.e. what the code
/// would be without source generation. Compared: the library's source-generated CognitoJsonContext,
/// exactly as AwsJsonClient calls it.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MedianColumn]
public class JsonProtocolBenchmarks
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new EpochSecondsJsonConverter() },
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private InitiateAuthRequest _request = null!;
    private byte[] _response = [];

    [GlobalSetup]
    public void Setup()
    {
        _request = new InitiateAuthRequest
        {
            AuthFlow = "USER_SRP_AUTH",
            ClientId = "4tq8bench1client2id3abc4def",
            AuthParameters = new Dictionary<string, string>
            {
                ["USERNAME"] = "alice@example.com",
                ["SRP_A"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(384)).ToLowerInvariant(),
                ["SECRET_HASH"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["DEVICE_KEY"] = "eu-west-1_0a1b2c3d-aaaa-bbbb-cccc-ddddeeeeffff",
            },
            ClientMetadata = new Dictionary<string, string> { ["app"] = "bench" },
        };

        var challenge = new InitiateAuthResponse
        {
            ChallengeName = "PASSWORD_VERIFIER",
            ChallengeParameters = new Dictionary<string, string>
            {
                ["SALT"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(),
                ["SRP_B"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(384)).ToLowerInvariant(),
                ["SECRET_BLOCK"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(1100)),
                ["USER_ID_FOR_SRP"] = "7c2f0c6e-8a44-4a0b-9df4-5a9c8e0f1b2d",
                ["USERNAME"] = "7c2f0c6e-8a44-4a0b-9df4-5a9c8e0f1b2d",
            },
        };
        _response = JsonSerializer.SerializeToUtf8Bytes(challenge, CognitoJsonContext.Default.InitiateAuthResponse);

        if (!SerializeRequest_Reflection().AsSpan().SequenceEqual(SerializeRequest_SourceGenerated()))
        {
            throw new InvalidOperationException("The two serializers disagree on the request bytes.");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("SerializeInitiateAuth")]
    public byte[] SerializeRequest_Reflection() => JsonSerializer.SerializeToUtf8Bytes(_request, Reflection);

    [Benchmark, BenchmarkCategory("SerializeInitiateAuth")]
    public byte[] SerializeRequest_SourceGenerated() => JsonSerializer.SerializeToUtf8Bytes(_request, CognitoJsonContext.Default.InitiateAuthRequest);

    [Benchmark(Baseline = true), BenchmarkCategory("ReadChallenge")]
    public object? ReadResponse_Reflection() => JsonSerializer.Deserialize<InitiateAuthResponse>(_response, Reflection);

    [Benchmark, BenchmarkCategory("ReadChallenge")]
    public object? ReadResponse_SourceGenerated() => JsonSerializer.Deserialize(_response, CognitoJsonContext.Default.InitiateAuthResponse);
}
