using System.Text.Json.Serialization;
using CognitoKit.Protocol.UserPools;

namespace CognitoKit.Protocol;

/// <summary>
/// Source-generated JSON for every wire type: no reflection, so the package stays trimming- and AOT-friendly.
/// Unset members are left out (AWS JSON 1.1 wants absent, not <c>null</c>); unknown members in answers are ignored.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(InitiateAuthRequest))]
[JsonSerializable(typeof(InitiateAuthResponse))]
internal sealed partial class CognitoJsonContext : JsonSerializerContext
{
}
