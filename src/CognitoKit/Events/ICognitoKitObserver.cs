namespace CognitoKit;

/// <summary>
/// Hears what happens to users' sign-ins (<see cref="CognitoKitEventKind"/>): to audit them or to update a UI. Register
/// one or more with <c>services.AddCognitoKit(...).AddObserver&lt;TObserver&gt;()</c>; each is a singleton of the
/// instance it was added to, and hears only that instance.
/// </summary>
/// <remarks>
/// <para>Observers are awaited, one after another, on the path that raised the event (a sign-in, a refresh that other
/// callers may be waiting on): keep them quick, and queue slow work. An exception an observer throws is logged and
/// ignored: it never fails the sign-in, refresh or sign-out, nor keeps the next observer from hearing the event.</para>
/// <para>Observers are singletons: to use a scoped service (a <c>DbContext</c>), create a scope in
/// <see cref="OnEventAsync"/> from an injected <c>IServiceScopeFactory</c>.</para>
/// </remarks>
public interface ICognitoKitObserver
{
    /// <summary>Called once for each event of the instance.</summary>
    /// <param name="cognitoEvent">What happened; holds no token or secret.</param>
    /// <param name="cancellationToken">Not cancelled by CognitoKit today; there for future use and for callers that test observers.</param>
    /// <returns>A task that completes when the observer is done with the event.</returns>
    Task OnEventAsync(CognitoKitEvent cognitoEvent, CancellationToken cancellationToken = default);
}
