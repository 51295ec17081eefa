using System.Security.Cryptography;
using System.Text;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Sessions;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CognitoKit.Tests.Account;

/// <summary>A façade over a mocked <see cref="IUserPoolsClient"/>, with sessions to act for.</summary>
internal sealed class AccountTestHost
{
    public const string PoolId = "eu-west-1_Test1234";
    public const string ClientId = "client1234";
    public const string Secret = "s3cr3t-of-the-app-client";

    public AccountTestHost(bool withSecret = false)
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = PoolId;
            o.ClientId = ClientId;
            o.ClientSecret = withSecret ? Secret : null;
        });
        services.AddSingleton(Client.Object);

        Provider = services.BuildServiceProvider();
        Cognito = Provider.GetRequiredService<ICognitoKit>();
    }

    public Mock<IUserPoolsClient> Client { get; } = new(MockBehavior.Strict);

    public ServiceProvider Provider { get; }

    public ICognitoKit Cognito { get; }

    public static string ExpectedSecretHash(string username) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(username + ClientId)));

    public static CognitoSession Session(string accessToken = "access-1", string? refreshToken = "refresh-1", string? deviceKey = null)
    {
        DateTimeOffset expiry = DateTimeOffset.UtcNow.AddHours(1);
        var tokens = new CognitoTokens("id-1", accessToken, refreshToken, expiry, expiry);
        return new CognitoSession("alice", tokens, deviceKey, Mock.Of<ISessionRefresher>(MockBehavior.Strict), TimeProvider.System, TimeSpan.FromMinutes(5));
    }
}
