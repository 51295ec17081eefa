using System.Text.Json.Nodes;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Tokens;

/// <summary>A verified, unexpired, unrevoked access token and whom it belongs to.</summary>
internal sealed record AccessTokenContext(UserPool Pool, User User, string ClientId, string OriginJti, string? DeviceKey, JsonObject Claims);
