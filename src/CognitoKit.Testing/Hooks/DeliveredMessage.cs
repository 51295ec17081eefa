namespace CognitoKit.Testing;

/// <summary>A message the emulator "sent" instead of a real email or SMS.</summary>
/// <param name="UserPoolId">The pool that sent it.</param>
/// <param name="Username">The user's real user name (not an alias).</param>
/// <param name="Destination">The unmasked email address or phone number.</param>
/// <param name="DeliveryMedium"><c>EMAIL</c> or <c>SMS</c>.</param>
/// <param name="Purpose">Why it was sent.</param>
/// <param name="Code">The code in the message (for AdminCreateUser, the temporary password).</param>
/// <param name="SentAt">The emulator clock when it was sent.</param>
/// <param name="Message">The text sent: the pool's message, or the custom message trigger's, with the code filled in.</param>
/// <param name="Subject">The email subject; null for SMS.</param>
public sealed record DeliveredMessage(
    string UserPoolId,
    string Username,
    string Destination,
    string DeliveryMedium,
    MessagePurpose Purpose,
    string Code,
    DateTimeOffset SentAt,
    string? Message = null,
    string? Subject = null);
