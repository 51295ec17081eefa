using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn.Srp;
using CognitoKit.Tests.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CognitoKit.Tests.SignIn;

/// <summary>An <see cref="ICognitoKit"/> from <c>AddCognitoKit</c> whose <see cref="IUserPoolsClient"/> is a strict mock.</summary>
internal sealed class SignInHarness
{
    public const string PoolId = "us-east-1_Test123";
    public const string ClientId = "client1";
    public const string Secret = "s3cr3tClientSecretValue123";

    public SignInHarness(bool withSecret = false)
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = PoolId;
            o.ClientId = ClientId;
            o.ClientSecret = withSecret ? Secret : null;
        });
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Client.Object);
        Provider = services.BuildServiceProvider();
        Kit = Provider.GetRequiredService<ICognitoKit>();
    }

    public Mock<IUserPoolsClient> Client { get; } = new(MockBehavior.Strict);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    public ServiceProvider Provider { get; }

    public ICognitoKit Kit { get; }

    public List<InitiateAuthRequest> Initiated { get; } = [];

    public List<RespondToAuthChallengeRequest> Responded { get; } = [];

    public static string HashOf(string username) => SecretHash.Compute(username, ClientId, Secret);

    public static AuthenticationResultType Tokens(string username, NewDeviceMetadataType? device = null) =>
        FakeJwt.Result(TimeProvider.System, username, TimeSpan.FromHours(1), "refresh") with { NewDeviceMetadata = device };

    public static Dictionary<string, string> VerifierParameters(string userIdForSrp) => new()
    {
        ["SALT"] = "0a1b2c3d4e5f",
        ["SRP_B"] = "7f3e9a11c2d4b5a6978877665544332211",
        ["SECRET_BLOCK"] = Convert.ToBase64String(new byte[] { 1, 2, 3, 4, 5, 6 }),
        ["USER_ID_FOR_SRP"] = userIdForSrp,
        ["USERNAME"] = userIdForSrp,
    };

    public void OnInitiate(InitiateAuthResponse response) =>
        Client.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .Callback<InitiateAuthRequest, CancellationToken>((r, _) => Initiated.Add(r))
            .ReturnsAsync(response);

    /// <summary>Answers each RespondToAuthChallenge with the next response for that challenge name.</summary>
    public void OnRespond(string challengeName, params Func<RespondToAuthChallengeRequest, RespondToAuthChallengeResponse>[] answers)
    {
        var queue = new Queue<Func<RespondToAuthChallengeRequest, RespondToAuthChallengeResponse>>(answers);
        Client.Setup(c => c.RespondToAuthChallengeAsync(It.Is<RespondToAuthChallengeRequest>(r => r.ChallengeName == challengeName), It.IsAny<CancellationToken>()))
            .Returns<RespondToAuthChallengeRequest, CancellationToken>((r, _) =>
            {
                Responded.Add(r);
                return Task.FromResult(queue.Count > 1 ? queue.Dequeue()(r) : queue.Peek()(r));
            });
    }

    public static RespondToAuthChallengeResponse Challenge(string name, Dictionary<string, string>? parameters = null, string session = "session-next-0123456789") =>
        new() { ChallengeName = name, Session = session, ChallengeParameters = parameters ?? new Dictionary<string, string> { ["USERNAME"] = "alice" } };

    public static RespondToAuthChallengeResponse Done(string username = "alice", NewDeviceMetadataType? device = null) =>
        new() { AuthenticationResult = Tokens(username, device) };

    /// <summary>Starts an SRP sign-in whose password verifier is answered and whose next answer is <paramref name="afterPassword"/>.</summary>
    public async Task<SignInStep> SignInReachingAsync(RespondToAuthChallengeResponse afterPassword, string username = "alice", Func<SignInCommand, SignInCommand>? configure = null)
    {
        OnInitiate(new InitiateAuthResponse
        {
            ChallengeName = "PASSWORD_VERIFIER",
            Session = "session-first-0123456789",
            ChallengeParameters = VerifierParameters(username),
        });
        OnRespond("PASSWORD_VERIFIER", _ => afterPassword);
        SignInCommand request = Kit.SignIn(username, "Passw0rd!");
        return await (configure?.Invoke(request) ?? request).SendAsync(default);
    }
}
