using System.Text.Json.Serialization.Metadata;
using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing;

/// <summary>The pre authentication trigger (<c>PreAuthentication_Authentication</c>): runs before the first factor is checked; throwing refuses the sign-in.</summary>
public sealed class PreAuthenticationEvent : TriggerEvent<PreAuthenticationRequest, TriggerEmptyResponse>
{
    internal override string TriggerName => "PreAuthentication";

    internal override JsonTypeInfo JsonTypeInfo => TriggerJsonContext.Default.PreAuthenticationEvent;
}
