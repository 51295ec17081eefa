using System.Text.Json.Serialization.Metadata;
using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing;

/// <summary>The verify auth challenge response trigger (<c>VerifyAuthChallengeResponse_Authentication</c>): judges the answer to a CUSTOM_CHALLENGE.</summary>
public sealed class VerifyAuthChallengeResponseEvent : TriggerEvent<VerifyAuthChallengeResponseRequest, VerifyAuthChallengeResponseResponse>
{
    internal override string TriggerName => "VerifyAuthChallengeResponse";

    internal override JsonTypeInfo JsonTypeInfo => TriggerJsonContext.Default.VerifyAuthChallengeResponseEvent;
}
