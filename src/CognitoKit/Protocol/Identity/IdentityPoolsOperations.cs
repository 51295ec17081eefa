namespace CognitoKit.Protocol.Identity;

/// <summary>
/// Every identity-pools operation CognitoKit calls (none is signed), with its retry safety (see <see cref="CognitoOperation"/>).
/// </summary>
internal static class IdentityPoolsOperations
{
    /// <summary>Safe to repeat: Returns the same identity for the same logins; without logins a repeat may leave one unused unauthenticated identity behind, which is harmless.</summary>
    public static readonly CognitoOperation GetId = new(nameof(GetId), Signed: false, SafeToRepeat: true);

    /// <summary>Safe to repeat: Issues fresh temporary credentials; repeating only issues another set.</summary>
    public static readonly CognitoOperation GetCredentialsForIdentity = new(nameof(GetCredentialsForIdentity), Signed: false, SafeToRepeat: true);

    /// <summary>Safe to repeat: Issues a fresh OpenID token; repeating only issues another.</summary>
    public static readonly CognitoOperation GetOpenIdToken = new(nameof(GetOpenIdToken), Signed: false, SafeToRepeat: true);

    /// <summary>Every operation above, for tests and documentation.</summary>
    public static readonly IReadOnlyList<CognitoOperation> All = [GetId, GetCredentialsForIdentity, GetOpenIdToken];
}
