namespace CognitoKit.Testing;

/// <summary>The <c>response</c> of a define auth challenge event: issue tokens, fail, or name the next challenge.</summary>
public sealed class DefineAuthChallengeResponse
{
    /// <summary>The next challenge: <c>CUSTOM_CHALLENGE</c>, or <c>PASSWORD_VERIFIER</c> after <c>SRP_A</c>.</summary>
    public string? ChallengeName { get; set; }

    /// <summary>Sign the user in.</summary>
    public bool IssueTokens { get; set; }

    /// <summary>End the sign-in with NotAuthorizedException.</summary>
    public bool FailAuthentication { get; set; }
}
