namespace CognitoKit.Testing;

/// <summary>The <c>request</c> of a user migration event.</summary>
public sealed class UserMigrationRequest
{
    /// <summary>The password the user signed in with (<c>UserMigration_Authentication</c> only; null for forgot password).</summary>
    public string? Password { get; set; }

    /// <summary>The request's <c>ClientMetadata</c> (Cognito passes it as validation data here).</summary>
    public Dictionary<string, string>? ValidationData { get; set; }

    /// <summary>The request's <c>ClientMetadata</c>.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}
