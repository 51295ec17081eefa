using System.Text.Json.Serialization;

namespace CognitoKit.Sessions;

/// <summary>Source-generated JSON for <see cref="CognitoSessionSnapshot"/>, so stores need no reflection (AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CognitoSessionSnapshot))]
internal sealed partial class CognitoSessionSnapshotJsonContext : JsonSerializerContext;
