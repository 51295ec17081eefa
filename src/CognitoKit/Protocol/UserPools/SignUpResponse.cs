using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>SignUp</c> answer; unknown members are ignored.</summary>
internal sealed record SignUpResponse
{
    public bool? UserConfirmed { get; init; }

    public CodeDeliveryDetailsType? CodeDeliveryDetails { get; init; }

    public string? UserSub { get; init; }

    public string? Session { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"SignUpResponse {{ UserConfirmed = {UserConfirmed}, CodeDeliveryDetails = {CodeDeliveryDetails}, UserSub = {UserSub}, Session = {Redact.Secret(Session)} }}";
}
