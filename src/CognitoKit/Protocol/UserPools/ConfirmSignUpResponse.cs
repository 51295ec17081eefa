using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ConfirmSignUp</c> answer; unknown members are ignored.</summary>
internal sealed record ConfirmSignUpResponse
{
    public string? Session { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ConfirmSignUpResponse {{ Session = {Redact.Secret(Session)} }}";
}
