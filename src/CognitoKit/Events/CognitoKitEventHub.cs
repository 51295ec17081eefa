using CognitoKit.Tokens.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoKit.Events;

/// <summary>
/// Tells an instance's <see cref="ICognitoKitObserver"/>s what happened. An observer that throws is logged and skipped:
/// no observer can fail a sign-in, a refresh or a sign-out. With no observer registered nothing is built or awaited.
/// </summary>
internal sealed partial class CognitoKitEventHub
{
    private readonly ICognitoKitObserver[] _observers;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public CognitoKitEventHub(string instanceName, IEnumerable<ICognitoKitObserver> observers, TimeProvider time, ILogger? logger = null)
    {
        InstanceName = instanceName;
        _observers = [.. observers];
        _time = time;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>A hub with no observer, for parts built outside dependency injection.</summary>
    public static CognitoKitEventHub None { get; } = new(string.Empty, [], TimeProvider.System);

    public string InstanceName { get; }

    public Task SignedInAsync(CognitoSession session, string flow) =>
        _observers.Length == 0 ? Task.CompletedTask : PublishAsync(About(CognitoKitEventKind.SignedIn, session) with { SignInFlow = flow });

    public Task RefreshedAsync(CognitoSession session) =>
        _observers.Length == 0 ? Task.CompletedTask : PublishAsync(About(CognitoKitEventKind.Refreshed, session));

    public Task RefreshRefusedAsync(CognitoSession session, string? errorCode) =>
        _observers.Length == 0 ? Task.CompletedTask : PublishAsync(About(CognitoKitEventKind.RefreshRefused, session) with { ErrorCode = errorCode });

    public Task SignedOutAsync(CognitoSession session, bool everywhere) =>
        _observers.Length == 0 ? Task.CompletedTask : PublishAsync(About(CognitoKitEventKind.SignedOut, session) with { Everywhere = everywhere });

    public Task SignedOutAsync(string username, string? sub) =>
        _observers.Length == 0 ? Task.CompletedTask : PublishAsync(new Draft(CognitoKitEventKind.SignedOut, username, sub) { Everywhere = true });

    public Task CredentialsRenewedAsync(CognitoSession? session, string identityId, DateTimeOffset expiresAt) =>
        _observers.Length == 0
            ? Task.CompletedTask
            : PublishAsync((session is null ? new Draft(CognitoKitEventKind.CredentialsRenewed, null, null) : About(CognitoKitEventKind.CredentialsRenewed, session))
                with { IdentityId = identityId, CredentialsExpireAt = expiresAt });

    public override string ToString() => $"CognitoKitEventHub {{ Instance = {InstanceName}, Observers = {_observers.Length} }}";

    private static Draft About(CognitoKitEventKind kind, CognitoSession session) =>
        new(kind, session.Username, UnverifiedJwtReader.ReadString(session.Tokens.IdToken, "sub"));

    private async Task PublishAsync(Draft draft)
    {
        var e = new CognitoKitEvent(draft.Kind, InstanceName, _time.GetUtcNow())
        {
            Username = draft.Username,
            Sub = draft.Sub,
            SignInFlow = draft.SignInFlow,
            Everywhere = draft.Everywhere,
            ErrorCode = draft.ErrorCode,
            IdentityId = draft.IdentityId,
            CredentialsExpireAt = draft.CredentialsExpireAt,
        };
        foreach (ICognitoKitObserver observer in _observers)
        {
            try
            {
                await observer.OnEventAsync(e, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                ObserverFailed(_logger, observer.GetType().Name, e.Kind, ex);
            }
        }
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "The CognitoKit observer {Observer} failed on a {Kind} event; the event went on to the other observers")]
    private static partial void ObserverFailed(ILogger logger, string observer, CognitoKitEventKind kind, Exception exception);

    /// <summary>The members of an event before it is stamped with the instance and the time.</summary>
    private sealed record Draft(CognitoKitEventKind Kind, string? Username, string? Sub)
    {
        public string? SignInFlow { get; init; }

        public bool Everywhere { get; init; }

        public string? ErrorCode { get; init; }

        public string? IdentityId { get; init; }

        public DateTimeOffset? CredentialsExpireAt { get; init; }
    }
}
