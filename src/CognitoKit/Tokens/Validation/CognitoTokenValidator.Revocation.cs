namespace CognitoKit.Tokens;

// The last check before the custom one: a token that is genuine and current may still belong to a sign-in or a user
// signed out since it was issued.
public sealed partial class CognitoTokenValidator
{
    /// <summary>
    /// The deny set consulted once a token has passed the signature and claim checks: a token it names is refused with
    /// <see cref="TokenRejectionReason.Revoked"/>. <see langword="null"/> (the default for a validator built by hand)
    /// checks nothing; the validator registered by <c>AddCognitoKit</c> or <c>AddCognitoTokenValidation</c> uses the
    /// registered <see cref="ICognitoRevocationList"/>.
    /// </summary>
    public ICognitoRevocationList? RevocationList { get => _revocationList; init => _revocationList = value; }

    private ICognitoRevocationList? _revocationList;

    /// <summary>Gives a validator built by a <see cref="CognitoMultiPoolTokenValidator"/> the list the latter was given.</summary>
    internal void UseRevocationList(ICognitoRevocationList? list) => _revocationList = list;

    private CognitoTokenValidationResult? CheckRevocation(CognitoTokenClaims claims)
    {
        if (RevocationList?.Find(claims) is not { } revocation)
        {
            return null;
        }

        return Reject(
            TokenRejectionReason.Revoked,
            revocation.Kind == CognitoRevocationKind.Origin
                ? "The token's sign-in (origin_jti) was signed out or revoked."
                : "The token's user was signed out everywhere or deleted after it was issued.");
    }
}
