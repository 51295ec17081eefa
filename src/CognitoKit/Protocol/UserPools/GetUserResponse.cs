using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>GetUser</c> answer; unknown members are ignored.</summary>
internal sealed record GetUserResponse
{
    public string? Username { get; init; }

    public List<AttributeType>? UserAttributes { get; init; }

    public List<MFAOptionType>? MFAOptions { get; init; }

    public string? PreferredMfaSetting { get; init; }

    public List<string>? UserMFASettingList { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetUserResponse {{ Username = {Redact.Secret(Username)}, UserAttributes = {Redact.List(UserAttributes)}, MFAOptions = {Redact.List(MFAOptions)}, PreferredMfaSetting = {PreferredMfaSetting}, UserMFASettingList = {Redact.List(UserMFASettingList)} }}";
}
