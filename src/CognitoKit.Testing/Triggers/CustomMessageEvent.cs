using System.Text.Json.Serialization.Metadata;
using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing;

/// <summary>The custom message trigger: <c>CustomMessage_SignUp</c>, <c>CustomMessage_ResendCode</c>, <c>CustomMessage_ForgotPassword</c>, <c>CustomMessage_UpdateUserAttribute</c>, <c>CustomMessage_VerifyUserAttribute</c>, <c>CustomMessage_AdminCreateUser</c> or <c>CustomMessage_Authentication</c>.</summary>
public sealed class CustomMessageEvent : TriggerEvent<CustomMessageRequest, CustomMessageResponse>
{
    internal override string TriggerName => "CustomMessage";

    internal override JsonTypeInfo JsonTypeInfo => TriggerJsonContext.Default.CustomMessageEvent;
}
