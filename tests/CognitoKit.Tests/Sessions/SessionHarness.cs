using CognitoKit.Protocol.UserPools;
using CognitoKit.Sessions;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CognitoKit.Tests.Sessions;

/// <summary>CognitoKit from DI with a mocked wire client and a fake clock, for session tests.</summary>
internal sealed class SessionHarness : IDisposable
{
    public const string ClientId = "sessionclient1";
    public const string Username = "7d3f0a52-1c1e-4b7a-9a57-5f0e2b1c9d11";

    public SessionHarness(Action<CognitoKitOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = "eu-west-1_Sessions1";
            o.ClientId = ClientId;
            configure?.Invoke(o);
        });
        services.Replace(ServiceDescriptor.Singleton(Cognito.Object));
        Provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public Mock<IUserPoolsClient> Cognito { get; } = new(MockBehavior.Strict);

    public ServiceProvider Provider { get; }

    public ICognitoKit Kit => Provider.GetRequiredService<ICognitoKit>();

    public CognitoSessionFactory Factory => Provider.GetRequiredService<CognitoSessionFactory>();

    public CognitoSession SignIn(TimeSpan? lifetime = null, string? deviceKey = null, string refreshToken = "refresh-1") =>
        Factory.Create(FakeJwt.Result(Clock, Username, lifetime ?? TimeSpan.FromHours(1), refreshToken), deviceKey);

    /// <summary>Answers REFRESH_TOKEN_AUTH with new tokens of <paramref name="lifetime"/>, recording each request.</summary>
    public List<InitiateAuthRequest> AnswerRefreshes(TimeSpan? lifetime = null)
    {
        var seen = new List<InitiateAuthRequest>();
        Cognito.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .Returns((InitiateAuthRequest r, CancellationToken _) =>
            {
                lock (seen)
                {
                    seen.Add(r);
                }

                return Task.FromResult(new InitiateAuthResponse
                {
                    AuthenticationResult = FakeJwt.Result(Clock, Username, lifetime ?? TimeSpan.FromHours(1), refreshToken: null),
                });
            });
        return seen;
    }

    public void Dispose() => Provider.Dispose();
}
