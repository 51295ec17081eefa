using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ResendConfirmationCode</c> answer; unknown members are ignored.</summary>
internal sealed record ResendConfirmationCodeResponse
{
    public CodeDeliveryDetailsType? CodeDeliveryDetails { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ResendConfirmationCodeResponse {{ CodeDeliveryDetails = {CodeDeliveryDetails} }}";
}
