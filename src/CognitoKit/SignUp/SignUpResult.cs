namespace CognitoKit;

/// <summary>What Cognito answered to a sign-up.</summary>
/// <param name="UserSub">The new user's permanent id (<c>sub</c>).</param>
/// <param name="IsConfirmed">
/// Whether the user is already confirmed (for example by a pre-sign-up trigger); when false, confirm with the code
/// described by <paramref name="CodeDelivery"/>.
/// </param>
/// <param name="CodeDelivery">Where the confirmation code went, when one was sent.</param>
public sealed record SignUpResult(string UserSub, bool IsConfirmed, CodeDelivery? CodeDelivery);
