using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// Cognito sent a code by email and asks for it (<c>EMAIL_OTP</c>), as a second factor or as a passwordless first
/// factor.
/// </summary>
public sealed class EmailCodeRequired : SignInChallenge
{
    internal EmailCodeRequired(SignInContext context, string? session, IReadOnlyDictionary<string, string> parameters)
        : base(context, ChallengeNameType.EmailOtp, session, parameters)
    {
        CodeDelivery = ChallengeParameterReader.CodeDeliveryOf(parameters, DeliveryMediumType.Email);
    }

    /// <summary>Where the code went (a masked email address).</summary>
    public CodeDelivery CodeDelivery { get; }

    /// <summary>Sends the code from the email.</summary>
    /// <param name="code">The code, digits only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next step.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or not digits.</exception>
    /// <exception cref="CodeMismatchException">The code is wrong; the challenge stays open for another try.</exception>
    public Task<SignInStep> AnswerAsync(string code, CancellationToken cancellationToken = default)
    {
        CodeChecks.Delivered(code, nameof(code));
        return SendResponsesAsync(new() { ["EMAIL_OTP_CODE"] = code }, cancellationToken);
    }
}
