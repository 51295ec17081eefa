namespace CognitoKit.Testing.UserPools;

/// <summary>A 6-digit code sent to a user, that expires and locks after repeated wrong guesses.</summary>
internal sealed class PendingCode
{
    public const int MaxFailedAttempts = 5;

    public PendingCode(string code, DateTimeOffset expiresAt, string? attributeName = null)
    {
        Code = code;
        ExpiresAt = expiresAt;
        AttributeName = attributeName;
    }

    public string Code { get; }

    public DateTimeOffset ExpiresAt { get; }

    public string? AttributeName { get; }

    public int FailedAttempts { get; set; }

    public static string NewCode() => System.Security.Cryptography.RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => nameof(PendingCode);
}
