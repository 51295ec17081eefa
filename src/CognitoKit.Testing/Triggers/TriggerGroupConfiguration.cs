namespace CognitoKit.Testing;

/// <summary>
/// Groups and IAM roles for the tokens: the <c>groupConfiguration</c> a pre token generation event reports, and the
/// <c>groupOverrideDetails</c> an answer sets (<c>cognito:groups</c>, <c>cognito:roles</c>, <c>cognito:preferred_role</c>).
/// </summary>
public sealed class TriggerGroupConfiguration
{
    /// <summary>The groups (<c>cognito:groups</c>); in an answer, an empty list removes the claim and null keeps the user's groups.</summary>
    public List<string>? GroupsToOverride { get; set; }

    /// <summary>The IAM roles (<c>cognito:roles</c>).</summary>
    public List<string>? IamRolesToOverride { get; set; }

    /// <summary>The preferred IAM role (<c>cognito:preferred_role</c>).</summary>
    public string? PreferredRole { get; set; }
}
