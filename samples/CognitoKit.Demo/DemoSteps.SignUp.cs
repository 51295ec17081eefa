namespace CognitoKit.Demo;

/// <summary>Sign-up, confirmation, SRP sign-in and MFA.</summary>
internal static partial class DemoSteps
{
    private static async Task<string> SignUpAsync(DemoContext c, CancellationToken ct)
    {
        if (c.Codes.Unavailable is { } reason)
        {
            // A user who cannot be confirmed would only be left behind in the pool.
            return DemoContext.Skip(reason);
        }

        SignUpResult result = await c.Cognito.SignUp(c.User.Username, c.User.Password)
            .WithAttribute("email", c.User.Email)
            .SendAsync(ct);
        c.SignedUp = true;
        c.Confirmed = result.IsConfirmed;
        string delivery = result.CodeDelivery is { } d ? $"code sent by {d.DeliveryMedium} to {d.Destination}" : "no code sent";
        return $"user {c.User.Username} created (sub {result.UserSub}), confirmed: {result.IsConfirmed}; {delivery}";
    }

    private static async Task<string> ConfirmSignUpAsync(DemoContext c, CancellationToken ct)
    {
        if (c.Confirmed)
        {
            return DemoContext.Skip("Cognito confirmed the user at sign-up");
        }

        string code = await c.Codes.EmailCodeAsync(c.User, EmailCode.SignUp, ct);
        await c.Cognito.ConfirmSignUp(c.User.Username, code).SendAsync(ct);
        c.Confirmed = true;
        return $"confirmed with the {code.Length}-digit code from {c.Codes.Source}; the user can sign in";
    }

    private static async Task<string> SrpSignInAsync(DemoContext c, CancellationToken ct)
    {
        SignInStep step = await c.Cognito.SignIn(c.User.Username, c.User.Password).SendAsync(ct);
        CognitoSession session = DemoContext.Expect<SignedIn>(step).Session;
        c.Session = session;
        CognitoTokens tokens = session.Tokens;
        string secretHash = !c.Cognito.Options.HasClientSecret ? string.Empty : $", SECRET_HASH for '{session.Username}'";
        return $"USER_SRP_AUTH (the password never left this process{secretHash}): signed in as {session.Username}; "
            + $"access token {Shown.Secret(tokens.AccessToken)}, refresh token {Shown.Secret(tokens.RefreshToken)}, expires {Shown.Time(tokens.ExpiresAt)}";
    }

    private static async Task<string> EnrolAuthenticatorAsync(DemoContext c, CancellationToken ct)
    {
        CognitoAccount account = c.Cognito.Account(c.Session!);
        TotpEnrollment enrolment = await account.Mfa.BeginTotpEnrollmentAsync(ct);
        string uri = await c.Codes.AddToAuthenticatorAsync(enrolment.OtpAuthUri("CognitoKit Demo"), enrolment.SecretCode, ct);
        string code = await c.Codes.AuthenticatorCodeAsync(enrolment.SecretCode, ct);
        await account.Mfa.CompleteTotpEnrollmentAsync(code, "CognitoKit demo", ct);
        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred, cancellationToken: ct);
        c.TotpSecret = enrolment.SecretCode;
        MfaSettings settings = await account.Mfa.GetSettingsAsync(ct);
        return $"{uri} verified with the app's first code; preferred MFA: {settings.Preferred?.ToString() ?? "none"}";
    }

    private static async Task<string> SignInWithTotpAsync(DemoContext c, CancellationToken ct)
    {
        SignInStep step = await c.Cognito.SignIn(c.User.Username, c.User.Password).SendAsync(ct);
        TotpCodeRequired challenge = DemoContext.Expect<TotpCodeRequired>(step);
        string code = await c.Codes.AuthenticatorCodeAsync(c.TotpSecret!, ct);
        CognitoSession session = DemoContext.Expect<SignedIn>(await challenge.AnswerAsync(code, ct)).Session;
        c.Session = session;
        return $"SRP, then Cognito asked {challenge.Name} (a {nameof(TotpCodeRequired)} step); answered with the authenticator's code; "
            + $"signed in, access token {Shown.Secret(session.Tokens.AccessToken)}";
    }
}
