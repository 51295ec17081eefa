namespace CognitoKit.AspNetCore;

/// <summary>Where a web sign-in stands after a call to <see cref="ICognitoWebSignIn"/>.</summary>
public enum CognitoWebSignInStatus
{
    /// <summary>The user is signed in: the cookie was issued.</summary>
    SignedIn,

    /// <summary>Cognito asks something more: show <see cref="CognitoWebSignInResult.Challenge"/> and answer it.</summary>
    ChallengeRequired,

    /// <summary>The sign-in failed; <see cref="CognitoWebSignInResult.Error"/> says so without revealing whether the user exists.</summary>
    Failed,
}
