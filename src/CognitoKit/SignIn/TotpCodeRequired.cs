using CognitoKit.Errors;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>Cognito asks for the six-digit code from the user's authenticator app (<c>SOFTWARE_TOKEN_MFA</c>).</summary>
public sealed class TotpCodeRequired : SignInChallenge
{
    internal TotpCodeRequired(SignInContext context, string? session, IReadOnlyDictionary<string, string> parameters)
        : base(context, Protocol.UserPools.ChallengeNameType.SoftwareTokenMfa, session, parameters)
    {
    }

    /// <summary>The name the user gave their authenticator when they set it up, when Cognito says.</summary>
    public string? FriendlyDeviceName => Parameters.GetValueOrDefault("FRIENDLY_DEVICE_NAME");

    /// <summary>Sends the authenticator code.</summary>
    /// <param name="code">The six-digit code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next step.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not six digits.</exception>
    /// <exception cref="CodeMismatchException">The code is wrong; the challenge stays open for another try.</exception>
    public Task<SignInStep> AnswerAsync(string code, CancellationToken cancellationToken = default)
    {
        CodeChecks.Totp(code, nameof(code));
        return SendResponsesAsync(new() { ["SOFTWARE_TOKEN_MFA_CODE"] = code }, cancellationToken);
    }
}
