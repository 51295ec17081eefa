using CognitoKit.Tokens;

namespace CognitoKit.Hosted;

/// <summary>The ID token from the code exchange failed validation (signature, issuer, audience, expiry...).</summary>
public sealed class HostedIdTokenRejectedException : CognitoHostedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">Why the validator rejected the token.</param>
    /// <param name="detail">The validator's message (it never holds the token).</param>
    public HostedIdTokenRejectedException(TokenRejectionReason reason, string? detail)
        : base("The ID token from the user pool domain was rejected (" + reason + ")" + (string.IsNullOrEmpty(detail) ? "." : ": " + detail))
    {
        Reason = reason;
    }

    /// <summary>Why the token was rejected.</summary>
    public TokenRejectionReason Reason { get; }
}
