using System.Text.Json.Serialization.Metadata;
using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing;

/// <summary>The define auth challenge trigger (<c>DefineAuthChallenge_Authentication</c>): decides the next step of a CUSTOM_AUTH sign-in.</summary>
public sealed class DefineAuthChallengeEvent : TriggerEvent<DefineAuthChallengeRequest, DefineAuthChallengeResponse>
{
    internal override string TriggerName => "DefineAuthChallenge";

    internal override JsonTypeInfo JsonTypeInfo => TriggerJsonContext.Default.DefineAuthChallengeEvent;
}
