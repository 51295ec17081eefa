namespace CognitoKit;

/// <summary>
/// A sign-in challenge was answered a second time. Each challenge object is single-use: answer the step the first
/// answer returned instead.
/// </summary>
public sealed class ChallengeAlreadyAnsweredException : CognitoKitException
{
    /// <summary>Creates the error for the named challenge.</summary>
    /// <param name="challengeName">The challenge, such as <c>SMS_MFA</c>.</param>
    public ChallengeAlreadyAnsweredException(string challengeName)
        : base($"The {challengeName} challenge was already answered; each challenge is single-use. Continue with the step its answer returned.")
    {
        ChallengeName = challengeName;
    }

    /// <summary>The challenge that was answered twice.</summary>
    public string ChallengeName { get; }
}
