using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// The pool requires MFA and the user sets up email MFA now (<c>MFA_SETUP</c>). Ask the user for the email address
/// to receive codes at and pass it to <see cref="SendCodeAsync"/>: Cognito sets it as the user's <c>email</c>, sends
/// a code there, and answers with an <see cref="EmailCodeRequired"/>. The right code verifies the address and turns
/// email MFA on.
/// </summary>
public sealed class EmailMfaSetupRequired : SignInChallenge
{
    internal EmailMfaSetupRequired(SignInContext context, string? session, IReadOnlyDictionary<string, string> parameters)
        : base(context, ChallengeNameType.MfaSetup, session, parameters)
    {
    }

    /// <summary>Sets the user's email address for MFA and asks Cognito to send a code to it.</summary>
    /// <param name="emailAddress">The address, such as <c>alice@example.com</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next step: normally an <see cref="EmailCodeRequired"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="emailAddress"/> is empty or has no <c>@</c>.</exception>
    /// <exception cref="InvalidParameterException">Cognito refused the address.</exception>
    public Task<SignInStep> SendCodeAsync(string emailAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emailAddress);
        int at = emailAddress.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == emailAddress.Length - 1 || emailAddress.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("An email address is name@domain, with no spaces.", nameof(emailAddress));
        }

        return SendResponsesAsync(new() { ["EMAIL"] = emailAddress }, cancellationToken);
    }
}
