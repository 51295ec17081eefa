namespace CognitoKit;

/// <summary>
/// A session, or a stored snapshot, belongs to another user pool or app client than the CognitoKit instance asked to
/// save, get or restore it: with several pools in one app (<c>AddCognitoKit("staff", ...)</c>), use the instance of the
/// session's own pool. The message names the issuers and app clients involved, never a token.
/// </summary>
public sealed class CognitoSessionPoolMismatchException : CognitoKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What belongs where.</param>
    /// <param name="paramName">The argument that carried the session.</param>
    public CognitoSessionPoolMismatchException(string message, string? paramName)
        : base(message)
    {
        ParamName = paramName;
    }

    /// <summary>The argument that carried the session (such as <c>snapshot</c>), when there was one.</summary>
    public string? ParamName { get; }
}
