// The example of docs/sign-up-and-sign-in.md ("A complete sign-in loop"), kept word for word so it must compile.
namespace CognitoKit.IntegrationTests.SignIn;

public static class DocsSignInExample
{
    /// <summary>Signs a user in, asking them (through <paramref name="ask"/>) for whatever Cognito wants next.</summary>
    public static async Task<CognitoSession> SignInAsync(
        ICognitoKit cognito, string username, string password, Func<string, Task<string>> ask, CancellationToken ct)
    {
        SignInStep step = await cognito.SignIn(username, password).SendAsync(ct); // SRP by default
        while (step is SignInChallenge challenge)
        {
            step = challenge switch
            {
                TotpCodeRequired c => await c.AnswerAsync(await ask("Code from your authenticator app"), ct),
                SmsCodeRequired c => await c.AnswerAsync(await ask($"Code sent to {c.CodeDelivery.Destination}"), ct),
                EmailCodeRequired c => await c.AnswerAsync(await ask($"Code sent to {c.CodeDelivery.Destination}"), ct),
                MfaSelectionRequired c => await c.ChooseAsync(
                    c.Options.Contains(MfaType.Totp) ? MfaType.Totp : c.Options[0], ct),
                TotpSetupRequired c => await c.VerifyAsync(
                    await ask($"Add {c.OtpAuthUri("MyApp")} to your authenticator, then type its code"), ct),
                NewPasswordRequired c => await SetNewPasswordAsync(c, ask, ct),
                CustomChallengeRequired c => await c.AnswerAsync(await ask(c.Parameters.GetValueOrDefault("question", "Answer")), ct),
                FirstFactorSelectionRequired c => await c.ChooseAsync(AuthFactor.PasswordSrp, password, ct),
                _ => throw new NotSupportedException($"Cognito asked for {challenge.Name}, which this app does not handle."),
            };
        }

        return ((SignedIn)step).Session; // remembered devices: see below
    }

    private static async Task<SignInStep> SetNewPasswordAsync(NewPasswordRequired challenge, Func<string, Task<string>> ask, CancellationToken ct)
    {
        foreach (string attribute in challenge.RequiredAttributes)
        {
            challenge.WithAttribute(attribute, await ask($"Your {attribute}"));
        }

        return await challenge.SetPasswordAsync(await ask("Choose a new password"), ct);
    }
}
