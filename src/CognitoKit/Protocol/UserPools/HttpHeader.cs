using System.Text.Json.Serialization;
using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>One HTTP header of the end user's request.</summary>
internal sealed record HttpHeader
{
    [JsonPropertyName("headerName")]
    public string? HeaderName { get; init; }

    [JsonPropertyName("headerValue")]
    public string? HeaderValue { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"HttpHeader {{ HeaderName = {HeaderName}, HeaderValue = {Redact.Secret(HeaderValue)} }}";
}
