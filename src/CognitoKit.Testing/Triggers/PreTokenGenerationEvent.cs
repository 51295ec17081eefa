using System.Text.Json.Serialization.Metadata;
using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing;

/// <summary>The pre token generation trigger: <c>TokenGeneration_Authentication</c>, <c>TokenGeneration_NewPasswordChallenge</c>, <c>TokenGeneration_RefreshTokens</c> or <c>TokenGeneration_HostedAuth</c>. <see cref="TriggerEvent.Version"/> is <c>1</c> (answer in <see cref="PreTokenGenerationResponse.ClaimsOverrideDetails"/>) or <c>2</c> (answer in <see cref="PreTokenGenerationResponse.ClaimsAndScopeOverrideDetails"/>), as <see cref="UserPoolTriggers.PreTokenGenerationVersion"/> says.</summary>
public sealed class PreTokenGenerationEvent : TriggerEvent<PreTokenGenerationRequest, PreTokenGenerationResponse>
{
    internal override string TriggerName => "PreTokenGeneration";

    internal override JsonTypeInfo JsonTypeInfo => TriggerJsonContext.Default.PreTokenGenerationEvent;
}
