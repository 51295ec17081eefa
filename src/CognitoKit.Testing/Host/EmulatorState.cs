using CognitoKit.Testing.Auth;
using CognitoKit.Testing.Tokens;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Host;

/// <summary>The shared state of one emulator: clock, region, stores and test hooks. Services receive it.</summary>
internal sealed class EmulatorState
{
    public EmulatorState(string region, TimeProvider clock)
    {
        Region = region;
        Clock = clock;
    }

    public string Region { get; }

    public TimeProvider Clock { get; }

    /// <summary>The base address (with trailing slash), known once the server listens.</summary>
    public Uri Endpoint { get; set; } = new("http://127.0.0.1/");

    public DateTimeOffset Now => Clock.GetUtcNow();

    public UserPoolStore UserPools { get; } = new();

    public RefreshTokenStore RefreshTokens { get; } = new();

    public AuthSessionStore AuthSessions { get; } = new();

    public EmulatorInbox Inbox { get; } = new();

    public EmulatorFaults Faults { get; } = new();

    public EmulatorRequestLog Requests { get; } = new();

    /// <summary>The issuer of a pool's tokens: the endpoint without its trailing slash, then the pool id.</summary>
    public string IssuerFor(string userPoolId) => Endpoint.AbsoluteUri.TrimEnd('/') + "/" + userPoolId;
}
