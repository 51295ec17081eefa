using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>UpdateUserAttributes</c> answer; unknown members are ignored.</summary>
internal sealed record UpdateUserAttributesResponse
{
    public List<CodeDeliveryDetailsType>? CodeDeliveryDetailsList { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"UpdateUserAttributesResponse {{ CodeDeliveryDetailsList = {Redact.List(CodeDeliveryDetailsList)} }}";
}
