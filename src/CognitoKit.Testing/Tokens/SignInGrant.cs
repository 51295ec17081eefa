namespace CognitoKit.Testing.Tokens;

/// <summary>One authentication, kept across refreshes: its <c>origin_jti</c>, <c>auth_time</c> and device.</summary>
internal sealed record SignInGrant(string OriginJti, DateTimeOffset AuthTime, string? DeviceKey)
{
    public static SignInGrant New(DateTimeOffset now, string? deviceKey) => new(Guid.NewGuid().ToString(), now, deviceKey);
}
