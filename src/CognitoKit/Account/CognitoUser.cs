using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;

namespace CognitoKit;

/// <summary>A user of the pool: their username, attributes and MFA settings.</summary>
/// <param name="Username">The username Cognito knows the user by.</param>
/// <param name="Attributes">The user's attributes by name (<c>sub</c>, <c>email</c>, <c>email_verified</c>, <c>custom:...</c>).</param>
/// <param name="Mfa">The user's MFA settings.</param>
/// <param name="Status">
/// The account status (<c>UNCONFIRMED</c>, <c>CONFIRMED</c>, <c>FORCE_CHANGE_PASSWORD</c>, <c>RESET_REQUIRED</c>, ...);
/// known only from the admin operations.
/// </param>
/// <param name="Enabled">Whether the account is enabled; known only from the admin operations.</param>
/// <param name="CreatedAt">When the account was created; known only from the admin operations.</param>
/// <param name="LastModifiedAt">When the account last changed; known only from the admin operations.</param>
public sealed record CognitoUser(
    string Username,
    IReadOnlyDictionary<string, string> Attributes,
    MfaSettings Mfa,
    string? Status = null,
    bool? Enabled = null,
    DateTimeOffset? CreatedAt = null,
    DateTimeOffset? LastModifiedAt = null)
{
    /// <summary>The user's permanent id (<c>sub</c>), when present.</summary>
    public string? Sub => Attributes.TryGetValue("sub", out string? sub) ? sub : null;

    internal static CognitoUser From(GetUserResponse r) =>
        new(r.Username ?? string.Empty, WireMaps.AttributeMap(r.UserAttributes), MfaSettings.From(r.PreferredMfaSetting, r.UserMFASettingList));

    internal static CognitoUser From(AdminGetUserResponse r) =>
        new(r.Username ?? string.Empty, WireMaps.AttributeMap(r.UserAttributes), MfaSettings.From(r.PreferredMfaSetting, r.UserMFASettingList), r.UserStatus, r.Enabled, r.UserCreateDate, r.UserLastModifiedDate);

    internal static CognitoUser From(UserType u) =>
        new(u.Username ?? string.Empty, WireMaps.AttributeMap(u.Attributes), MfaSettings.From(null, null), u.UserStatus, u.Enabled, u.UserCreateDate, u.UserLastModifiedDate);

    /// <summary>Describes the user by username, status and attribute names (attribute values are personal data).</summary>
    /// <returns>A description without attribute values.</returns>
    public override string ToString() =>
        $"CognitoUser {{ Username = {Username}, Status = {Status ?? "unknown"}, Attributes = [{string.Join(", ", Attributes.Keys)}], Mfa = {Mfa} }}";
}
