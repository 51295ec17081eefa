using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>GetUserAuthFactors</c> answer; unknown members are ignored.</summary>
internal sealed record GetUserAuthFactorsResponse
{
    public string? Username { get; init; }

    public string? PreferredMfaSetting { get; init; }

    public List<string>? UserMFASettingList { get; init; }

    public List<string>? ConfiguredUserAuthFactors { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetUserAuthFactorsResponse {{ Username = {Redact.Secret(Username)}, PreferredMfaSetting = {PreferredMfaSetting}, UserMFASettingList = {Redact.List(UserMFASettingList)}, ConfiguredUserAuthFactors = {Redact.List(ConfiguredUserAuthFactors)} }}";
}
