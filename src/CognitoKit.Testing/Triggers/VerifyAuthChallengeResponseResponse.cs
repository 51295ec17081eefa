namespace CognitoKit.Testing;

/// <summary>The <c>response</c> of a verify auth challenge response event.</summary>
public sealed class VerifyAuthChallengeResponseResponse
{
    /// <summary>Whether the answer was right.</summary>
    public bool AnswerCorrect { get; set; }
}
