using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminGetUser</c> answer; unknown members are ignored.</summary>
internal sealed record AdminGetUserResponse
{
    public string? Username { get; init; }

    public List<AttributeType>? UserAttributes { get; init; }

    public DateTimeOffset? UserCreateDate { get; init; }

    public DateTimeOffset? UserLastModifiedDate { get; init; }

    public bool? Enabled { get; init; }

    public string? UserStatus { get; init; }

    public List<MFAOptionType>? MFAOptions { get; init; }

    public string? PreferredMfaSetting { get; init; }

    public List<string>? UserMFASettingList { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AdminGetUserResponse {{ Username = {Redact.Secret(Username)}, UserAttributes = {Redact.List(UserAttributes)}, UserCreateDate = {UserCreateDate}, UserLastModifiedDate = {UserLastModifiedDate}, Enabled = {Enabled}, UserStatus = {UserStatus}, MFAOptions = {Redact.List(MFAOptions)}, PreferredMfaSetting = {PreferredMfaSetting}, UserMFASettingList = {Redact.List(UserMFASettingList)} }}";
}
