using System.Text.Json.Serialization.Metadata;
using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing;

/// <summary>The post confirmation trigger: <c>PostConfirmation_ConfirmSignUp</c> (ConfirmSignUp, AdminConfirmSignUp) or <c>PostConfirmation_ConfirmForgotPassword</c>.</summary>
public sealed class PostConfirmationEvent : TriggerEvent<PostConfirmationRequest, TriggerEmptyResponse>
{
    internal override string TriggerName => "PostConfirmation";

    internal override JsonTypeInfo JsonTypeInfo => TriggerJsonContext.Default.PostConfirmationEvent;
}
