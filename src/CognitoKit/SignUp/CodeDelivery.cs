using CognitoKit.Protocol.UserPools;

namespace CognitoKit;

/// <summary>Where Cognito sent a code, as it describes it (the destination is masked by Cognito, such as <c>a***@e***</c>).</summary>
/// <param name="Destination">The masked email address or phone number.</param>
/// <param name="DeliveryMedium">Email or SMS.</param>
/// <param name="AttributeName">The attribute the code was sent to, such as <c>email</c> or <c>phone_number</c>.</param>
public sealed record CodeDelivery(string? Destination, CodeDeliveryMedium DeliveryMedium, string? AttributeName)
{
    internal static CodeDelivery? From(CodeDeliveryDetailsType? details) => details is null
        ? null
        : new CodeDelivery(details.Destination, MediumOf(details.DeliveryMedium), details.AttributeName);

    internal static CodeDelivery Required(CodeDeliveryDetailsType? details, string operation) =>
        From(details) ?? throw new CognitoProtocolException($"Cognito's {operation} answer has no CodeDeliveryDetails.", null, System.Net.HttpStatusCode.OK);

    private static CodeDeliveryMedium MediumOf(string? medium) => medium switch
    {
        DeliveryMediumType.Email => CodeDeliveryMedium.Email,
        DeliveryMediumType.Sms => CodeDeliveryMedium.Sms,
        _ => CodeDeliveryMedium.Unknown,
    };
}
