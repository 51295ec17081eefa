namespace CognitoKit.Hosted;

/// <summary>
/// The ID token's <c>at_hash</c> is not the hash of the access token that came with it: the two were not issued
/// together, so the access token may have been swapped. The sign-in is refused.
/// </summary>
public sealed class HostedAccessTokenMismatchException : CognitoHostedException
{
    /// <summary>Creates the exception.</summary>
    public HostedAccessTokenMismatchException()
        : base("The ID token's at_hash does not match the access token returned with it; the sign-in was refused.")
    {
    }
}
