using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ForgotPassword</c> answer; unknown members are ignored.</summary>
internal sealed record ForgotPasswordResponse
{
    public CodeDeliveryDetailsType? CodeDeliveryDetails { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ForgotPasswordResponse {{ CodeDeliveryDetails = {CodeDeliveryDetails} }}";
}
