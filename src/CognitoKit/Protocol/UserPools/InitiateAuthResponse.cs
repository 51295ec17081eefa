namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>InitiateAuth</c> answer: a challenge to answer, or the tokens.</summary>
internal sealed record InitiateAuthResponse
{
    public string? ChallengeName { get; init; }

    public string? Session { get; init; }

    public Dictionary<string, string>? ChallengeParameters { get; init; }

    public AuthenticationResultType? AuthenticationResult { get; init; }

    public List<string>? AvailableChallenges { get; init; }

    /// <summary>Hides the session and tokens.</summary>
    public override string ToString() => $"InitiateAuthResponse {{ ChallengeName = {ChallengeName} }}";
}
