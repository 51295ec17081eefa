using System.Text.Json.Serialization;

namespace CognitoKit.AspNetCore;

/// <summary>
/// What the encrypted device cookie holds: the device's secrets, the user it was issued to (Cognito's username and what
/// they typed) and when it stops being accepted. Never logged or shown.
/// </summary>
internal sealed record DeviceCookiePayload
{
    public const int CurrentVersion = 1;

    [JsonPropertyName("v")]
    public int Version { get; init; }

    [JsonPropertyName("u")]
    public string? Username { get; init; }

    [JsonPropertyName("a")]
    public string? TypedUsername { get; init; }

    [JsonPropertyName("k")]
    public string? DeviceKey { get; init; }

    [JsonPropertyName("g")]
    public string? DeviceGroupKey { get; init; }

    [JsonPropertyName("p")]
    public string? DevicePassword { get; init; }

    [JsonPropertyName("x")]
    public long ExpiresAt { get; init; }

    /// <summary>Whether the device was issued to the user now typing <paramref name="typedUsername"/> (their username or the alias they typed then).</summary>
    public bool BelongsTo(string typedUsername) =>
        string.Equals(typedUsername, Username, StringComparison.OrdinalIgnoreCase)
        || string.Equals(typedUsername, TypedUsername, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => nameof(DeviceCookiePayload);
}

[JsonSerializable(typeof(DeviceCookiePayload))]
internal sealed partial class DeviceCookieJsonContext : JsonSerializerContext;
