namespace CognitoKit.Demo;

/// <summary>
/// The story the demo tells, one step per line of output: read <see cref="Story"/> top to bottom to see what an app
/// does with CognitoKit, and each step's method to see how.
/// </summary>
internal static partial class DemoSteps
{
    /// <summary>The steps, in order.</summary>
    public static IReadOnlyList<DemoStep> Story { get; } =
    [
        new("Guest AWS credentials", Needs.IdentityPool, GuestCredentialsAsync),
        new("Sign up", Needs.Nothing, SignUpAsync),
        new("Confirm the sign-up with the emailed code", Needs.SignedUp, ConfirmSignUpAsync),
        new("SRP sign-in", Needs.Confirmed, SrpSignInAsync),
        new("Enrol an authenticator app (TOTP)", Needs.Session, EnrolAuthenticatorAsync),
        new("Sign in answering the TOTP challenge", Needs.Authenticator, SignInWithTotpAsync),
        new("ID token decoded and validated", Needs.Session, IdTokenAsync),
        new("Access token decoded and validated", Needs.Session, AccessTokenAsync),
        new("A token of the wrong type refused", Needs.Session, WrongTokenUseAsync),
        new("Refresh", Needs.Session, RefreshAsync),
        new("Signed-in AWS credentials", Needs.All(Needs.Session, Needs.IdentityPool), SignedInCredentialsAsync),
        new("Forgot password", Needs.Confirmed, ForgotPasswordAsync),
        new("Reset the password with the emailed code", Needs.ResetRequested, ResetPasswordAsync),
        new("Sign in with the new password", Needs.PasswordReset, SignInWithNewPasswordAsync),
        new("Delete the user", Needs.Session, DeleteUserAsync),
        new("The deleted user's sign-in refused", Needs.Deleted, DeletedUserRefusedAsync),
    ];

    /// <summary>
    /// Signs in with SRP and answers the authenticator challenge when Cognito asks for it, as an app's sign-in page
    /// does. Returns the session and how the sign-in went.
    /// </summary>
    private static async Task<(CognitoSession Session, string How)> SignInAsync(DemoContext c, string password, CancellationToken ct)
    {
        SignInStep step = await c.Cognito.SignIn(c.User.Username, password).SendAsync(ct);
        string how = "signed in with SRP";
        if (step is TotpCodeRequired totp)
        {
            if (c.TotpSecret is null)
            {
                DemoContext.Skip("Cognito asks for an authenticator code, but none was enrolled here");
            }

            string code = await c.Codes.AuthenticatorCodeAsync(c.TotpSecret, ct);
            step = await totp.AnswerAsync(code, ct);
            how = $"SRP, then Cognito asked {totp.Name} and got the authenticator's code";
        }

        SignedIn signedIn = DemoContext.Expect<SignedIn>(step);
        return (signedIn.Session, how);
    }
}
