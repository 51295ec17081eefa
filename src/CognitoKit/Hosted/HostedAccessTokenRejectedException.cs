using CognitoKit.Tokens;

namespace CognitoKit.Hosted;

/// <summary>
/// The access token from the code exchange failed validation (signature, issuer, <c>token_use</c>, client, expiry...),
/// so the sign-in is refused even though the ID token was valid.
/// </summary>
public sealed class HostedAccessTokenRejectedException : CognitoHostedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">Why the validator rejected the token.</param>
    /// <param name="detail">The validator's message (it never holds the token).</param>
    public HostedAccessTokenRejectedException(TokenRejectionReason reason, string? detail)
        : base("The access token from the user pool domain was rejected (" + reason + ")" + (string.IsNullOrEmpty(detail) ? "." : ": " + detail))
    {
        Reason = reason;
    }

    /// <summary>Why the token was rejected.</summary>
    public TokenRejectionReason Reason { get; }
}
