namespace CognitoKit.Tokens;

/// <summary>
/// Sends the revocations this instance makes (sign-out, revoke, global sign-out, deletion) to the other instances of a
/// farm, for example on a Redis channel, where each adds them to its own <see cref="ICognitoRevocationList"/>.
/// None is registered by default: revocation then holds in this process only.
/// </summary>
/// <remarks>By the time <see cref="PublishAsync"/> runs, Cognito has accepted the sign-out and the entry is already in this
/// instance's list. An exception thrown here reaches the caller of the sign-out, which has nevertheless taken effect at
/// Cognito and in this process; throw a typed exception that says the farm was not told.</remarks>
public interface ICognitoRevocationPublisher
{
    /// <summary>Sends <paramref name="revocation"/> to the other instances (and stores it for instances that start later).</summary>
    /// <param name="revocation">The entry just recorded.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the entry is sent.</returns>
    ValueTask PublishAsync(CognitoRevocation revocation, CancellationToken cancellationToken = default);
}
