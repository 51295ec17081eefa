namespace CognitoKit.Protocol.UserPools;

/// <summary>
/// Every user-pools operation CognitoKit calls, with its signing and retry safety (see <see cref="CognitoOperation"/>).
/// </summary>
internal static class UserPoolsOperations
{
    /// <summary>Starting a sign-in again has no lasting effect; a retry just opens a fresh challenge.</summary>
    public static readonly CognitoOperation InitiateAuth = new(nameof(InitiateAuth), Signed: false, SafeToRepeat: true);
}
