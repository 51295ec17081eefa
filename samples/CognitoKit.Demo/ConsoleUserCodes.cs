namespace CognitoKit.Demo;

/// <summary>
/// Against real Cognito the codes reach the user's own mailbox and authenticator app, so the demo asks for them on the
/// console; when it cannot ask (no terminal), the steps that need a code are skipped.
/// </summary>
internal sealed class ConsoleUserCodes(TextWriter output, TextReader input, bool interactive) : IUserCodes
{
    private const string NotInteractive =
        "no inbox to read here: run the demo in a terminal (or set COGNITOKITDEMO__INTERACTIVE=true) to type the code";

    public string Source => "your email";

    public string? Unavailable => interactive ? null : NotInteractive;

    public Task<string> EmailCodeAsync(DemoUser user, EmailCode kind, CancellationToken cancellationToken)
    {
        string what = kind == EmailCode.SignUp ? "sign-up confirmation" : "password reset";
        return AskAsync($"Type the {what} code Cognito emailed to {user.Email}: ", cancellationToken);
    }

    public async Task<string> AddToAuthenticatorAsync(string otpAuthUri, string secretCode, CancellationToken cancellationToken)
    {
        if (!interactive)
        {
            throw new DemoStepSkippedException(NotInteractive);
        }

        // The user must type the secret into their authenticator, so it is shown in full here (and only here).
        await output.WriteLineAsync($"       Add this account to your authenticator app (or render it as a QR code):{Environment.NewLine}       {otpAuthUri}")
            .ConfigureAwait(false);
        return Shown.SecretIn(otpAuthUri, secretCode);
    }

    public Task<string> AuthenticatorCodeAsync(string secretCode, CancellationToken cancellationToken) =>
        AskAsync("Type the code your authenticator app shows (wait for a new one if you used the last): ", cancellationToken);

    private async Task<string> AskAsync(string prompt, CancellationToken cancellationToken)
    {
        if (!interactive)
        {
            throw new DemoStepSkippedException(NotInteractive);
        }

        await output.WriteAsync("       " + prompt).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        string? line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(line)
            ? throw new DemoStepSkippedException("no code was typed")
            : line.Trim();
    }
}
