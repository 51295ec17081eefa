namespace CognitoKit.Tokens;

/// <summary>What a <see cref="CognitoRevocation"/> denies.</summary>
public enum CognitoRevocationKind
{
    /// <summary>Every token of one sign-in: the tokens whose <c>origin_jti</c> is <see cref="CognitoRevocation.Value"/>
    /// (a session signed out or its refresh token revoked).</summary>
    Origin = 1,

    /// <summary>Every token of one user issued at or before <see cref="CognitoRevocation.RevokedAt"/>: the tokens whose
    /// <c>sub</c> is <see cref="CognitoRevocation.Value"/> (a global sign-out, or the user deleted).</summary>
    Subject,
}
