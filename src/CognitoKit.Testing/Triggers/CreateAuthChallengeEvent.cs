using System.Text.Json.Serialization.Metadata;
using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing;

/// <summary>The create auth challenge trigger (<c>CreateAuthChallenge_Authentication</c>): makes a CUSTOM_CHALLENGE.</summary>
public sealed class CreateAuthChallengeEvent : TriggerEvent<CreateAuthChallengeRequest, CreateAuthChallengeResponse>
{
    internal override string TriggerName => "CreateAuthChallenge";

    internal override JsonTypeInfo JsonTypeInfo => TriggerJsonContext.Default.CreateAuthChallengeEvent;
}
