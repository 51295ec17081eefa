using CognitoKit.Testing.Auth;
using CognitoKit.Testing.Persistence;
using CognitoKit.Testing.Tokens;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Host;

/// <summary>The shared state of one emulator: clock, region, stores and test hooks. Services receive it.</summary>
internal sealed class EmulatorState
{
    public EmulatorState(string region, TimeProvider clock, int requestLogCapacity = EmulatorRequestLog.DefaultCapacity, int inboxCapacity = EmulatorInbox.DefaultCapacity)
    {
        Region = region;
        Clock = clock;
        Requests = new EmulatorRequestLog(requestLogCapacity);
        Inbox = new EmulatorInbox(inboxCapacity);
        Sweeper = new ExpiredStateSweeper(this);
    }

    public string Region { get; }

    /// <summary>Host names besides loopback ones that requests may carry in <c>Host</c> (compared ignoring case).</summary>
    public IReadOnlySet<string> AllowedHostNames { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a <c>Host</c> that is an IP address is accepted: when the emulator listens beyond loopback.</summary>
    public bool AcceptsAddressHosts { get; init; }

    public TimeProvider Clock { get; }

    /// <summary>The base address (with trailing slash), known once the server listens.</summary>
    public Uri Endpoint { get; set; } = new("http://127.0.0.1/");

    public DateTimeOffset Now => Clock.GetUtcNow();

    public UserPoolStore UserPools { get; } = new();

    public RefreshTokenStore RefreshTokens { get; } = new();

    public AuthSessionStore AuthSessions { get; } = new();

    public EmulatorInbox Inbox { get; }

    public EmulatorFaults Faults { get; } = new();

    public EmulatorRequestLog Requests { get; }

    /// <summary>Forgets expired tokens, sessions and codes; disposed with the emulator.</summary>
    public ExpiredStateSweeper Sweeper { get; }

    /// <summary>How long a trigger may take (<see cref="CognitoEmulatorOptions.TriggerTimeout"/>).</summary>
    public TimeSpan TriggerTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Where LambdaConfig functions answer as webhooks (<see cref="CognitoEmulatorOptions.LambdaEndpoint"/>), with a trailing slash.</summary>
    public Uri? LambdaEndpoint { get; set; }

    /// <summary>The data directory's journal when the emulator keeps its state on disk; null in memory only.</summary>
    public StateJournal? Journal { get; set; }

    /// <summary>Completes once every change made so far is on disk; at once when nothing is kept on disk.</summary>
    public Task PersistAsync() => Journal?.CommitAsync() ?? Task.CompletedTask;

    /// <summary>A pool's original issuer (Cognito's <c>https://cognito-idp.{region}.amazonaws.com/{poolId}</c>): the endpoint
    /// without its trailing slash, then the pool id. Also the name of the pool in identity pool <c>Logins</c>.</summary>
    public string IssuerFor(string userPoolId) => Endpoint.AbsoluteUri.TrimEnd('/') + "/" + userPoolId;

    /// <summary>
    /// The issuer a pool's tokens carry, by its <c>IssuerConfiguration</c>: the original issuer, or for <c>UPDATED</c>
    /// the endpoint, then <c>issuer-cognito-idp/</c>, then the pool id. Cognito's updated issuer differs from the original
    /// only by its host (<c>issuer-cognito-idp.</c> instead of <c>cognito-idp.</c>); the emulator has one host, so the
    /// prefix becomes the first path segment.
    /// </summary>
    public string TokenIssuerFor(UserPool pool) =>
        pool.IssuerType == UserPool.UpdatedIssuerType
            ? Endpoint.AbsoluteUri.TrimEnd('/') + "/" + UserPool.UpdatedIssuerPathSegment + "/" + pool.Id
            : IssuerFor(pool.Id);
}
