using System.Text.Json.Serialization.Metadata;
using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing;

/// <summary>The pre sign-up trigger: <c>PreSignUp_SignUp</c> (SignUp) or <c>PreSignUp_AdminCreateUser</c> (AdminCreateUser).</summary>
public sealed class PreSignUpEvent : TriggerEvent<PreSignUpRequest, PreSignUpResponse>
{
    internal override string TriggerName => "PreSignUp";

    internal override JsonTypeInfo JsonTypeInfo => TriggerJsonContext.Default.PreSignUpEvent;
}
