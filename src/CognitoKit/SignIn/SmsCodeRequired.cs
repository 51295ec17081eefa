using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// Cognito sent a code by SMS and asks for it: as a second factor (<c>SMS_MFA</c>) or as a passwordless first factor
/// (<c>SMS_OTP</c>); <see cref="SignInChallenge.Name"/> tells which.
/// </summary>
public sealed class SmsCodeRequired : SignInChallenge
{
    internal SmsCodeRequired(SignInContext context, string name, string? session, IReadOnlyDictionary<string, string> parameters)
        : base(context, name, session, parameters)
    {
        CodeDelivery = ChallengeParameterReader.CodeDeliveryOf(parameters, DeliveryMediumType.Sms);
    }

    /// <summary>Where the code went (a masked phone number).</summary>
    public CodeDelivery CodeDelivery { get; }

    /// <summary>Sends the code from the SMS.</summary>
    /// <param name="code">The code, digits only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next step.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or not digits.</exception>
    /// <exception cref="CodeMismatchException">The code is wrong; the challenge stays open for another try.</exception>
    public Task<SignInStep> AnswerAsync(string code, CancellationToken cancellationToken = default)
    {
        CodeChecks.Delivered(code, nameof(code));
        string key = Name == ChallengeNameType.SmsOtp ? "SMS_OTP_CODE" : "SMS_MFA_CODE";
        return SendResponsesAsync(new() { [key] = code }, cancellationToken);
    }
}
