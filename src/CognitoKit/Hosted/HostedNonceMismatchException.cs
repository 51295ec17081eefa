namespace CognitoKit.Hosted;

/// <summary>The ID token's <c>nonce</c> is missing or is not the one this sign-in sent: the token may be replayed.</summary>
public sealed class HostedNonceMismatchException : CognitoHostedException
{
    /// <summary>Creates the exception.</summary>
    public HostedNonceMismatchException()
        : base("The ID token's nonce does not match the nonce of this sign-in; the tokens were not used.")
    {
    }
}
