namespace CognitoKit.Hosted;

/// <summary>
/// The callback's <c>state</c> is missing or is not the one this sign-in sent: the response may be forged or belong to
/// another sign-in, so no code is exchanged.
/// </summary>
public sealed class HostedStateMismatchException : CognitoHostedException
{
    /// <summary>Creates the exception.</summary>
    public HostedStateMismatchException()
        : base("The callback's state does not match the state of this sign-in; the response was not used.")
    {
    }
}
