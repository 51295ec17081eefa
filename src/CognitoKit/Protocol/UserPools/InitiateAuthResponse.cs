using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>InitiateAuth</c> answer; unknown members are ignored.</summary>
internal sealed record InitiateAuthResponse
{
    public string? ChallengeName { get; init; }

    public string? Session { get; init; }

    public Dictionary<string, string>? ChallengeParameters { get; init; }

    public AuthenticationResultType? AuthenticationResult { get; init; }

    public List<string>? AvailableChallenges { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"InitiateAuthResponse {{ ChallengeName = {ChallengeName}, Session = {Redact.Secret(Session)}, ChallengeParameters = {Redact.Keys(ChallengeParameters)}, AuthenticationResult = {AuthenticationResult}, AvailableChallenges = {Redact.List(AvailableChallenges)} }}";
}
