using System.Text.Json.Serialization;

namespace CognitoKit.Testing.Triggers;

/// <summary>The trigger events as JSON, in Cognito's camelCase member names, for webhooks.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(PreSignUpEvent))]
[JsonSerializable(typeof(PostConfirmationEvent))]
[JsonSerializable(typeof(PreAuthenticationEvent))]
[JsonSerializable(typeof(PostAuthenticationEvent))]
[JsonSerializable(typeof(PreTokenGenerationEvent))]
[JsonSerializable(typeof(CustomMessageEvent))]
[JsonSerializable(typeof(UserMigrationEvent))]
[JsonSerializable(typeof(DefineAuthChallengeEvent))]
[JsonSerializable(typeof(CreateAuthChallengeEvent))]
[JsonSerializable(typeof(VerifyAuthChallengeResponseEvent))]
[JsonSerializable(typeof(LambdaErrorAnswer))]
internal sealed partial class TriggerJsonContext : JsonSerializerContext;
