using CognitoKit.Identity;
using CognitoKit.Protocol.Identity;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Sessions;
using CognitoKit.Tests.Sessions;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CognitoKit.Tests.Identity;

/// <summary>CognitoKit from DI with mocked user-pool, identity-pool and STS clients and a fake clock.</summary>
internal sealed class IdentityHarness : IDisposable
{
    public const string UserPoolId = "eu-west-1_Identity1";
    public const string IdentityPoolId = "eu-west-1:11111111-2222-4333-8444-555555555555";
    public const string AwsProvider = "cognito-idp.eu-west-1.amazonaws.com/" + UserPoolId;

    private int _issued;

    public IdentityHarness(Action<CognitoKitOptions>? configure = null, Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = UserPoolId;
            o.ClientId = "identityclient1";
            o.IdentityPoolId = IdentityPoolId;
            configure?.Invoke(o);
        });
        services.Replace(ServiceDescriptor.Singleton(UserPools.Object));
        services.Replace(ServiceDescriptor.Singleton(IdentityPools.Object));
        services.Replace(ServiceDescriptor.Singleton(Sts.Object));
        configureServices?.Invoke(services);
        Provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public Mock<IUserPoolsClient> UserPools { get; } = new(MockBehavior.Strict);

    public Mock<IIdentityPoolsClient> IdentityPools { get; } = new(MockBehavior.Strict);

    public Mock<IWebIdentityRoleAssumer> Sts { get; } = new(MockBehavior.Strict);

    public ServiceProvider Provider { get; }

    public ICognitoKit Kit => Provider.GetRequiredService<ICognitoKit>();

    public List<GetIdRequest> GetIds { get; } = [];

    public List<GetCredentialsForIdentityRequest> CredentialCalls { get; } = [];

    /// <summary>A session for <paramref name="username"/> (sub <c>sub-{username}</c>) with tokens living <paramref name="lifetime"/>.</summary>
    public CognitoSession SignIn(string username = "alice", TimeSpan? lifetime = null) =>
        Provider.GetRequiredService<CognitoSessionFactory>().Create(FakeJwt.Result(Clock, username, lifetime ?? TimeSpan.FromHours(1), "refresh-" + username), null);

    /// <summary>GetId answers <c>{region}:id-{sub or guest-n}</c>; GetCredentialsForIdentity answers new one-hour credentials.</summary>
    public void AnswerIdentityCalls(TimeSpan? delay = null, Func<GetCredentialsForIdentityRequest, string>? answeredId = null)
    {
        int guests = 0;
        IdentityPools.Setup(c => c.GetIdAsync(It.IsAny<GetIdRequest>(), It.IsAny<CancellationToken>()))
            .Returns((GetIdRequest r, CancellationToken _) =>
            {
                lock (GetIds)
                {
                    GetIds.Add(r);
                }

                string who = r.Logins is { Count: > 0 } logins
                    ? IdentityCredentialsProvider.SubjectOf(logins.OrderBy(l => l.Key, StringComparer.Ordinal).First().Value)
                    : "guest-" + Interlocked.Increment(ref guests);
                return Task.FromResult(new GetIdResponse { IdentityId = "eu-west-1:id-" + who });
            });
        IdentityPools.Setup(c => c.GetCredentialsForIdentityAsync(It.IsAny<GetCredentialsForIdentityRequest>(), It.IsAny<CancellationToken>()))
            .Returns(async (GetCredentialsForIdentityRequest r, CancellationToken _) =>
            {
                lock (CredentialCalls)
                {
                    CredentialCalls.Add(r);
                }

                if (delay is { } d)
                {
                    await Task.Delay(d);
                }

                int n = Interlocked.Increment(ref _issued);
                return new GetCredentialsForIdentityResponse
                {
                    IdentityId = answeredId?.Invoke(r) ?? r.IdentityId,
                    Credentials = new Credentials
                    {
                        AccessKeyId = $"ASIAKEY{n}",
                        SecretKey = $"secret-key-{n}",
                        SessionToken = $"session-token-{n}",
                        Expiration = Clock.GetUtcNow().AddHours(1),
                    },
                };
            });
    }

    /// <summary>GetCredentialsForIdentity answers new one-hour credentials for the identity asked about.</summary>
    public void AnswerCredentialsOnly() =>
        IdentityPools.Setup(c => c.GetCredentialsForIdentityAsync(It.IsAny<GetCredentialsForIdentityRequest>(), It.IsAny<CancellationToken>()))
            .Returns((GetCredentialsForIdentityRequest r, CancellationToken _) => Task.FromResult(new GetCredentialsForIdentityResponse
            {
                IdentityId = r.IdentityId,
                Credentials = new Credentials
                {
                    AccessKeyId = "ASIAKEY" + Interlocked.Increment(ref _issued),
                    SecretKey = "secret-key",
                    SessionToken = "session-token",
                    Expiration = Clock.GetUtcNow().AddHours(1),
                },
            }));

    /// <summary>Answers refreshes of the user-pool session with new one-hour tokens.</summary>
    public void AnswerSessionRefreshes(string username = "alice")
    {
        UserPools.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .Returns(() => Task.FromResult(new InitiateAuthResponse { AuthenticationResult = FakeJwt.Result(Clock, username, TimeSpan.FromHours(1), null) }));
    }

    public void Dispose() => Provider.Dispose();
}
