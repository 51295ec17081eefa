using System.Collections.Concurrent;

namespace CognitoKit.Testing;

/// <summary>
/// Every code the emulator delivered, so a test can read what a user would have received. Thread-safe.
/// </summary>
public sealed class EmulatorInbox
{
    private readonly ConcurrentQueue<DeliveredMessage> messages = new();

    /// <summary>All messages in the order they were sent.</summary>
    public IReadOnlyList<DeliveredMessage> All => messages.ToArray();

    /// <summary>The latest message sent to a user (by real user name, or by destination email/phone), or null.</summary>
    /// <param name="usernameOrDestination">The user name, email address or phone number.</param>
    /// <param name="purpose">Optionally only messages with this purpose.</param>
    public DeliveredMessage? Latest(string usernameOrDestination, MessagePurpose? purpose = null) =>
        messages.Reverse().FirstOrDefault(m =>
            (string.Equals(m.Username, usernameOrDestination, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.Destination, usernameOrDestination, StringComparison.OrdinalIgnoreCase))
            && (purpose is null || m.Purpose == purpose));

    /// <summary>The code of the latest message to a user or destination; throws when there is none.</summary>
    /// <param name="usernameOrDestination">The user name, email address or phone number.</param>
    /// <param name="purpose">Optionally only messages with this purpose.</param>
    public string LatestCode(string usernameOrDestination, MessagePurpose? purpose = null) =>
        Latest(usernameOrDestination, purpose)?.Code
        ?? throw new InvalidOperationException("No message was delivered to '" + usernameOrDestination + "'" + (purpose is null ? "." : " for " + purpose.Value + "."));

    /// <summary>Forgets every message.</summary>
    public void Clear() => messages.Clear();

    internal void Deliver(DeliveredMessage message) => messages.Enqueue(message);
}
