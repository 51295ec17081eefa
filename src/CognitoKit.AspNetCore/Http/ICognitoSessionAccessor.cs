namespace CognitoKit.AspNetCore;

/// <summary>
/// Where the outgoing token handler gets the session whose token it sends: one fixed session in a client app
/// (<see cref="FixedCognitoSessionAccessor"/>), or the current user's session in a back end
/// (<see cref="HttpContextCognitoSessionAccessor"/>). Implement it for anything else.
/// </summary>
/// <remarks>Registered as a singleton: HTTP message handlers outlive requests, so an accessor must find the current
/// request itself (through <c>IHttpContextAccessor</c>) rather than be scoped to it.</remarks>
public interface ICognitoSessionAccessor
{
    /// <summary>Gets the session for the current call.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The session, or <see langword="null"/> when there is none (the user must sign in).</returns>
    ValueTask<CognitoSession?> GetSessionAsync(CancellationToken cancellationToken = default);
}
