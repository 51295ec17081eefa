using CognitoKit.Testing.Hooks;

namespace CognitoKit.Testing;

/// <summary>
/// The codes the emulator delivered, so a test can read what a user would have received: the newest
/// <see cref="Capacity"/> messages, the oldest pushed out first. Thread-safe.
/// </summary>
public sealed class EmulatorInbox
{
    /// <summary>The number of messages kept unless <see cref="CognitoEmulatorOptions.InboxCapacity"/> says otherwise: 10,000.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly BoundedRecord<DeliveredMessage> messages;

    /// <summary>An inbox that keeps the newest <see cref="DefaultCapacity"/> messages.</summary>
    public EmulatorInbox()
        : this(DefaultCapacity)
    {
    }

    internal EmulatorInbox(int capacity) => messages = new BoundedRecord<DeliveredMessage>(capacity);

    /// <summary>The messages still held (at most <see cref="Capacity"/>), in the order they were sent.</summary>
    public IReadOnlyList<DeliveredMessage> All => messages.ToArray();

    /// <summary>How many messages the inbox holds at most; 0 when it keeps none.</summary>
    public int Capacity => messages.Capacity;

    /// <summary>The latest message sent to a user (by real user name, or by destination email/phone), or null.</summary>
    /// <param name="usernameOrDestination">The user name, email address or phone number.</param>
    /// <param name="purpose">Optionally only messages with this purpose.</param>
    public DeliveredMessage? Latest(string usernameOrDestination, MessagePurpose? purpose = null) =>
        Enumerable.Reverse(messages.ToArray()).FirstOrDefault(m =>
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

    internal void Deliver(DeliveredMessage message) => messages.Add(message);
}
