using Amazon.Runtime;
using BenchmarkDotNet.Attributes;
using CognitoKit.Identity;
using CognitoKit.Protocol.Identity;
using CognitoKit.Sessions;
using CognitoKit.Tokens;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoKit.Benchmarks;

/// <summary>
/// The cache-hit paths a busy app takes on every request: a fresh session's tokens, and the AWS
/// credentials of an identity whose credentials are still valid. Baseline: handing out a value
/// already in a field as a completed task (the least any async API can cost).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SessionCacheBenchmarks
{
    private CognitoTokens _tokens = null!;
    private Task<CognitoTokens> _completed = null!;
    private CognitoSession _session = null!;
    private CognitoAWSCredentials _credentials = null!;

    [GlobalSetup]
    public void Setup()
    {
        DateTimeOffset inAnHour = DateTimeOffset.UtcNow.AddHours(1);
        _tokens = new CognitoTokens("id.token.value", "access.token.value", "refresh-token", inAnHour, inAnHour);
        _completed = Task.FromResult(_tokens);
        _session = new CognitoSession("alice", _tokens, deviceKey: null, new NeverRefresher(), TimeProvider.System, TimeSpan.FromMinutes(5));

        var settings = new IdentitySettings("eu-west-1:4f9c1d2e-0000-4000-8000-123456789012", "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_BenchPool", "eu-west-1", null, TimeSpan.FromMinutes(5));
        var provider = new IdentityCredentialsProvider(settings, new FixedIdentityPools(), new InMemoryCognitoIdentityIdStore(), null!, NullLogger.Instance);
        _credentials = new CognitoAWSCredentials(provider, null, new IdentityRef("eu-west-1:guest-1", IdentitySource.Explicit), null, new AwsClock(TimeProvider.System));
        _ = _credentials.GetCredentialsAsync().GetAwaiter().GetResult(); // the one miss; every measured call hits
    }

    [Benchmark(Baseline = true)]
    public Task<CognitoTokens> FieldAsCompletedTask() => _completed;

    [Benchmark]
    public Task<CognitoTokens> TaskFromResultOfField() => Task.FromResult(_tokens);

    [Benchmark]
    public Task<CognitoTokens> Session_GetValidTokensAsync_Fresh() => _session.GetValidTokensAsync();

    [Benchmark]
    public Task<ImmutableCredentials> IdentityCredentials_GetCredentialsAsync_Cached() => _credentials.GetCredentialsAsync();

    private sealed class NeverRefresher : ISessionRefresher
    {
        public Task<CognitoTokens> RefreshAsync(string username, string? deviceKey, string refreshToken, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A fresh session must not refresh.");
    }

    private sealed class FixedIdentityPools : IIdentityPoolsClient
    {
        public Task<GetIdResponse> GetIdAsync(GetIdRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new GetIdResponse { IdentityId = "eu-west-1:guest-1" });

        public Task<GetCredentialsForIdentityResponse> GetCredentialsForIdentityAsync(GetCredentialsForIdentityRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new GetCredentialsForIdentityResponse
            {
                IdentityId = request.IdentityId,
                Credentials = new Credentials
                {
                    AccessKeyId = "ASIABENCHMARKKEY0001",
                    SecretKey = "bench/secret/key/not/real/000000000000000",
                    SessionToken = "bench-session-token",
                    Expiration = DateTimeOffset.UtcNow.AddHours(1),
                },
            });

        public Task<GetOpenIdTokenResponse> GetOpenIdTokenAsync(GetOpenIdTokenRequest request, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The enhanced flow never asks for an OpenID token.");
    }
}
