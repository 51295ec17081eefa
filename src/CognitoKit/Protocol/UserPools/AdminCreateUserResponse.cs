using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminCreateUser</c> answer; unknown members are ignored.</summary>
internal sealed record AdminCreateUserResponse
{
    public UserType? User { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AdminCreateUserResponse {{ User = {User} }}";
}
