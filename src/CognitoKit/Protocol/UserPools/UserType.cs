using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>A user as an administrator sees it.</summary>
internal sealed record UserType
{
    public string? Username { get; init; }

    public List<AttributeType>? Attributes { get; init; }

    public DateTimeOffset? UserCreateDate { get; init; }

    public DateTimeOffset? UserLastModifiedDate { get; init; }

    public bool? Enabled { get; init; }

    public string? UserStatus { get; init; }

    public List<MFAOptionType>? MFAOptions { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"UserType {{ Username = {Redact.Secret(Username)}, Attributes = {Redact.List(Attributes)}, UserCreateDate = {UserCreateDate}, UserLastModifiedDate = {UserLastModifiedDate}, Enabled = {Enabled}, UserStatus = {UserStatus}, MFAOptions = {Redact.List(MFAOptions)} }}";
}
