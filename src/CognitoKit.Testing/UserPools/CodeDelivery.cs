using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing.UserPools;

/// <summary>Sends codes to the inbox and describes the delivery the way Cognito does (masked destination).</summary>
internal static class CodeDelivery
{
    public static readonly TimeSpan SignUpCodeLifetime = TimeSpan.FromHours(24);
    public static readonly TimeSpan ResetCodeLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan AttributeCodeLifetime = TimeSpan.FromHours(24);

    /// <summary>The attribute a code goes to: email first, then phone, among those given (or any the user has).</summary>
    public static string? ChooseAttribute(User user, IEnumerable<string>? candidates = null)
    {
        var options = candidates?.ToList() ?? ["email", "phone_number"];
        return new[] { "email", "phone_number" }.FirstOrDefault(a => options.Contains(a) && !string.IsNullOrEmpty(user.Attribute(a)));
    }

    /// <summary>Delivers a code (through the custom message trigger, if the pool has one, with <paramref name="triggerSource"/>
    /// when it is not the purpose's usual one, e.g. <c>CustomMessage_ResendCode</c>) and describes the delivery.</summary>
    public static JsonObject Send(EmulatorState state, UserPool pool, User user, string attribute, MessagePurpose purpose, string code, string? triggerSource = null, string? clientId = null)
    {
        var destination = user.Attribute(attribute) ?? string.Empty;
        var medium = attribute == "email" ? "EMAIL" : "SMS";
        var (message, subject) = CustomMessages.Compose(state, pool, user, medium, purpose, code, triggerSource, clientId);
        state.Inbox.Deliver(new DeliveredMessage(pool.Id, user.Username, destination, medium, purpose, code, state.Now, message, subject));
        return Details(destination, medium, attribute);
    }

    public static JsonObject Details(string destination, string medium, string attribute) => new()
    {
        ["Destination"] = Mask(destination, medium),
        ["DeliveryMedium"] = medium,
        ["AttributeName"] = attribute,
    };

    public static string Mask(string destination, string medium)
    {
        if (medium == "EMAIL")
        {
            var at = destination.IndexOf('@', StringComparison.Ordinal);
            return at <= 0 || at == destination.Length - 1 ? "***" : destination[0] + "***@" + destination[at + 1] + "***";
        }

        return destination.Length <= 4 ? destination : "+" + new string('*', Math.Max(0, destination.Length - 5)) + destination[^4..];
    }

    /// <summary>Checks a code: locked after five wrong guesses, expired after its lifetime, each miss counted.</summary>
    public static void Check(PendingCode? pending, string code, DateTimeOffset now)
    {
        if (pending is null)
        {
            throw new AwsServiceException("ExpiredCodeException", "Invalid code provided, please request a code again.");
        }

        if (pending.FailedAttempts >= PendingCode.MaxFailedAttempts)
        {
            throw new AwsServiceException("LimitExceededException", "Attempt limit exceeded, please try after some time.");
        }

        if (now >= pending.ExpiresAt)
        {
            throw new AwsServiceException("ExpiredCodeException", "Invalid code provided, please request a code again.");
        }

        if (!string.Equals(pending.Code, code, StringComparison.Ordinal))
        {
            pending.FailedAttempts++;
            throw new AwsServiceException("CodeMismatchException", "Invalid verification code provided, please try again.");
        }
    }
}
