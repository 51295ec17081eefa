namespace CognitoKit.Testing;

/// <summary>The Define Auth Challenge trigger's decision.</summary>
/// <param name="ChallengeName">The next challenge (<c>CUSTOM_CHALLENGE</c>, <c>PASSWORD_VERIFIER</c>), or null when issuing tokens or failing.</param>
/// <param name="IssueTokens">Sign the user in.</param>
/// <param name="FailAuthentication">End the sign-in with NotAuthorizedException.</param>
public sealed record DefineAuthChallengeResult(string? ChallengeName, bool IssueTokens = false, bool FailAuthentication = false)
{
    /// <summary>Ask for a custom challenge.</summary>
    public static DefineAuthChallengeResult Custom { get; } = new("CUSTOM_CHALLENGE");

    /// <summary>Ask for the SRP password verifier.</summary>
    public static DefineAuthChallengeResult PasswordVerifier { get; } = new("PASSWORD_VERIFIER");

    /// <summary>Sign the user in.</summary>
    public static DefineAuthChallengeResult Succeed { get; } = new(null, IssueTokens: true);

    /// <summary>Refuse the sign-in.</summary>
    public static DefineAuthChallengeResult Fail { get; } = new(null, FailAuthentication: true);
}
