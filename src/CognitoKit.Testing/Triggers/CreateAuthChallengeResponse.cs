namespace CognitoKit.Testing;

/// <summary>The <c>response</c> of a create auth challenge event.</summary>
public sealed class CreateAuthChallengeResponse
{
    /// <summary>Sent to the client in <c>ChallengeParameters</c>.</summary>
    public Dictionary<string, string>? PublicChallengeParameters { get; set; }

    /// <summary>Kept for the verify trigger (e.g. the expected answer); never sent to the client.</summary>
    public Dictionary<string, string>? PrivateChallengeParameters { get; set; }

    /// <summary>Recorded in the session's <see cref="ChallengeResult"/>.</summary>
    public string? ChallengeMetadata { get; set; }
}
