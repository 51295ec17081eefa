using CognitoKit.Testing;

namespace CognitoKit.Demo;

/// <summary>The user's mailbox and authenticator app, played by the emulator: its inbox and its TOTP clock.</summary>
internal sealed class EmulatorUserCodes(CognitoEmulator emulator) : IUserCodes
{
    private static readonly TimeSpan TotpStep = TimeSpan.FromSeconds(30);
    private long _lastTotpStep = long.MinValue;

    public string Source => "the emulator's inbox";

    public string? Unavailable => null;

    public Task<string> EmailCodeAsync(DemoUser user, EmailCode kind, CancellationToken cancellationToken)
    {
        MessagePurpose purpose = kind == EmailCode.SignUp ? MessagePurpose.SignUp : MessagePurpose.ForgotPassword;
        return Task.FromResult(emulator.Inbox.LatestCode(user.Username, purpose));
    }

    public Task<string> AddToAuthenticatorAsync(string otpAuthUri, string secretCode, CancellationToken cancellationToken) =>
        Task.FromResult(Shown.SecretIn(otpAuthUri, secretCode));

    /// <remarks>
    /// An authenticator shows a new code every 30 seconds, and Cognito takes each code once but also accepts the one
    /// before and the one after the current one. So that the story need not wait 30 seconds between sign-ins, this
    /// stand-in uses the earliest of those three codes it has not used yet, and waits for the next period only when
    /// all three are used (or when a period is about to end, so the emulator sees the same period as this code).
    /// </remarks>
    public async Task<string> AuthenticatorCodeAsync(string secretCode, CancellationToken cancellationToken)
    {
        while (true)
        {
            DateTimeOffset now = emulator.Clock.GetUtcNow();
            long current = now.ToUnixTimeSeconds() / (long)TotpStep.TotalSeconds;
            TimeSpan untilNext = DateTimeOffset.FromUnixTimeSeconds((current + 1) * (long)TotpStep.TotalSeconds) - now;
            long step = Math.Max(current - 1, _lastTotpStep + 1);
            if (untilNext > TimeSpan.FromSeconds(1) && step <= current + 1)
            {
                _lastTotpStep = step;
                return emulator.TotpCode(secretCode, (int)(step - current));
            }

            await Task.Delay(untilNext + TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }
    }
}
