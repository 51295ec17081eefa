using System.Text.Json.Serialization.Metadata;
using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing;

/// <summary>The post authentication trigger (<c>PostAuthentication_Authentication</c>): runs after a sign-in succeeded, before the tokens are returned.</summary>
public sealed class PostAuthenticationEvent : TriggerEvent<PostAuthenticationRequest, TriggerEmptyResponse>
{
    internal override string TriggerName => "PostAuthentication";

    internal override JsonTypeInfo JsonTypeInfo => TriggerJsonContext.Default.PostAuthenticationEvent;
}
