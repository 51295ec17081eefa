namespace CognitoKit.AspNetCore;

/// <summary>
/// Why a hosted UI sign-in failed: the <c>error</c> a failed callback sends the browser to
/// <see cref="CognitoWebSignInOptions.ErrorPath"/> with. None of them says whether a user exists.
/// </summary>
public enum CognitoHostedSignInFailure
{
    /// <summary>The user, or the social provider, refused or cancelled the sign-in (<c>error=access_denied</c>).</summary>
    AccessDenied,

    /// <summary>
    /// No sign-in started in this browser matches the callback: the <c>state</c> is missing, changed, already used, or too
    /// old, or the callback was started by someone else (login CSRF).
    /// </summary>
    InvalidState,

    /// <summary>The user pool domain reported another OAuth error (such as <c>invalid_scope</c> or <c>unauthorized_client</c>).</summary>
    ProviderError,

    /// <summary>The code exchange was refused, or the tokens failed validation (signature, <c>nonce</c>, <c>at_hash</c>, app client).</summary>
    TokenRejected,

    /// <summary>Cognito could not be reached or throttled the request: try again later.</summary>
    Unavailable,
}
