namespace CognitoKit.AspNetCore;

/// <summary>The outcome of a web sign-in step.</summary>
public sealed class CognitoWebSignInResult
{
    private CognitoWebSignInResult(CognitoWebSignInStatus status, SignInChallenge? challenge, string? error)
    {
        Status = status;
        Challenge = challenge;
        Error = error;
    }

    /// <summary>Where the sign-in stands.</summary>
    public CognitoWebSignInStatus Status { get; }

    /// <summary>
    /// The challenge to show when <see cref="Status"/> is <see cref="CognitoWebSignInStatus.ChallengeRequired"/> (also after
    /// a wrong code, with <see cref="Error"/> set). It stays on the server: render what it asks, never its session.
    /// </summary>
    public SignInChallenge? Challenge { get; }

    /// <summary>A message for the user when something went wrong; it never says whether the user exists.</summary>
    public string? Error { get; }

    internal static CognitoWebSignInResult SignedIn { get; } = new(CognitoWebSignInStatus.SignedIn, null, null);

    internal static CognitoWebSignInResult Challenged(SignInChallenge challenge, string? error = null) =>
        new(CognitoWebSignInStatus.ChallengeRequired, challenge, error);

    internal static CognitoWebSignInResult Failed(string error) => new(CognitoWebSignInStatus.Failed, null, error);

    /// <summary>Describes the result without any secret.</summary>
    /// <returns>The status and challenge name.</returns>
    public override string ToString() => $"CognitoWebSignInResult {{ Status = {Status}, Challenge = {Challenge?.Name} }}";
}
