using CognitoKit.Errors;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// A confirmed sign-up. When Cognito issued a session for it (the app client allows choice-based sign-in,
/// <c>USER_AUTH</c>), <see cref="SignInAsync"/> signs the user straight in: the confirmation code counts as the first
/// factor, so the user types no password.
/// </summary>
/// <remarks><see cref="ToString"/> never shows <see cref="Session"/>.</remarks>
public sealed class SignUpConfirmation
{
    private readonly SignInFlow _flow;

    internal SignUpConfirmation(SignInFlow flow, string username, string? session)
    {
        _flow = flow;
        Username = username;
        Session = session;
    }

    /// <summary>The username the sign-up was confirmed for.</summary>
    public string Username { get; }

    /// <summary>
    /// The session for signing in, or null when Cognito issued none. Single-use and valid for the app client's
    /// authentication session lifetime (3 minutes by default). A secret: never log it. To sign in from another request,
    /// pass it to <see cref="ChoiceSignInCommand.WithSignUpSession"/>.
    /// </summary>
    public string? Session { get; }

    /// <summary>Whether <see cref="SignInAsync"/> can sign the user in (Cognito issued a <see cref="Session"/>).</summary>
    public bool CanSignIn => Session is not null;

    /// <summary>
    /// Signs the confirmed user in with <see cref="Session"/> (<c>USER_AUTH</c>). The result is a normal sign-in step:
    /// <see cref="SignedIn"/>, or a challenge such as <see cref="NewPasswordRequired"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The first step of the sign-in.</returns>
    /// <exception cref="InvalidOperationException">Cognito issued no session (<see cref="CanSignIn"/> is false).</exception>
    /// <exception cref="SignUpSessionRefusedException">The session was used already, expired, or is not this user's.</exception>
    public Task<SignInStep> SignInAsync(CancellationToken cancellationToken = default)
    {
        string session = Session
            ?? throw new InvalidOperationException("Cognito issued no sign-in session for this confirmation: the app client must allow USER_AUTH (ALLOW_USER_AUTH). Sign in with SignIn(...) instead.");
        return _flow.StartAsync(new SignInStart { AuthFlow = Protocol.UserPools.AuthFlowType.UserAuth, Username = Username, SignUpSession = session }, cancellationToken);
    }

    /// <summary>Describes the confirmation without the session.</summary>
    /// <returns>The username and whether a session was issued.</returns>
    public override string ToString() => $"SignUpConfirmation {{ Username = {Username}, CanSignIn = {CanSignIn} }}";
}
