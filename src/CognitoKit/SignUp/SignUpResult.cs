namespace CognitoKit;

/// <summary>What Cognito answered to a sign-up.</summary>
/// <param name="UserSub">The new user's permanent id (<c>sub</c>).</param>
/// <param name="IsConfirmed">
/// Whether the user is already confirmed (for example by a pre-sign-up trigger); when false, confirm with the code
/// described by <paramref name="CodeDelivery"/>.
/// </param>
/// <param name="CodeDelivery">Where the confirmation code went, when one was sent.</param>
/// <remarks><see cref="ToString"/> never shows <see cref="Session"/>.</remarks>
public sealed record SignUpResult(string UserSub, bool IsConfirmed, CodeDelivery? CodeDelivery)
{
    /// <summary>
    /// The session Cognito returns when the app client allows choice-based sign-in (<c>USER_AUTH</c>), or null. Pass it
    /// to <see cref="ConfirmSignUpCommand.WithSession"/> so the confirmation can sign the user straight in
    /// (<see cref="SignUpConfirmation.SignInAsync"/>). A secret, valid for a few minutes: keep it server-side (not in a
    /// URL) between the sign-up and the confirmation, and never log it.
    /// </summary>
    public string? Session { get; init; }

    /// <summary>Describes the result without the session.</summary>
    /// <returns>The sub, confirmation state, code delivery, and whether there is a session.</returns>
    public override string ToString() =>
        $"SignUpResult {{ UserSub = {UserSub}, IsConfirmed = {IsConfirmed}, CodeDelivery = {CodeDelivery}, Session = {(Session is null ? "none" : "***")} }}";
}
