using CognitoKit.Protocol.UserPools;

namespace CognitoKit.SignIn;

/// <summary>One answer from Cognito during sign-in (from <c>InitiateAuth</c> or <c>RespondToAuthChallenge</c>).</summary>
internal sealed record ChallengeState(
    string? ChallengeName,
    string? Session,
    IReadOnlyDictionary<string, string> Parameters,
    AuthenticationResultType? Result,
    IReadOnlyList<string> AvailableChallenges)
{
    private static readonly Dictionary<string, string> NoParameters = new(StringComparer.Ordinal);

    public static ChallengeState From(InitiateAuthResponse response) =>
        new(response.ChallengeName, response.Session, response.ChallengeParameters ?? NoParameters, response.AuthenticationResult, response.AvailableChallenges ?? []);

    public static ChallengeState From(RespondToAuthChallengeResponse response) =>
        new(response.ChallengeName, response.Session, response.ChallengeParameters ?? NoParameters, response.AuthenticationResult, []);

    public override string ToString() => $"ChallengeState {{ ChallengeName = {ChallengeName} }}";
}
