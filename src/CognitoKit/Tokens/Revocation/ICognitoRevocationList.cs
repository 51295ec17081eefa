namespace CognitoKit.Tokens;

/// <summary>
/// The deny set the token validator consults after a token passed every other check: sign-ins (<c>origin_jti</c>) and
/// users (<c>sub</c>) signed out before their tokens expired. The default keeps it in this process's memory
/// (<see cref="InMemoryCognitoRevocationList"/>); a distributed store feeds the same list from other instances.
/// </summary>
/// <remarks>
/// <para><see cref="Find"/> runs on every validation: it must answer from memory, synchronously, without blocking, and
/// should allocate nothing, least of all when the set is empty. Distribution belongs elsewhere: an
/// <see cref="ICognitoRevocationPublisher"/> sends what this instance revokes, and whatever receives other instances'
/// revocations (and loads the current set at start) calls <see cref="Add"/>.</para>
/// <para>Implementations must be thread-safe.</para>
/// </remarks>
public interface ICognitoRevocationList
{
    /// <summary>Records a revocation. Recording the same sign-in or user again keeps the wider of the two entries.</summary>
    /// <param name="revocation">The entry; one that has already expired is ignored.</param>
    /// <returns>Whether the set changed (a new entry, or an existing one widened), so a receiver can tell news from echoes.</returns>
    bool Add(CognitoRevocation revocation);

    /// <summary>The unexpired entry that denies <paramref name="token"/>, or <see langword="null"/> when none does.</summary>
    /// <param name="token">The claims of a token that passed every other check.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    CognitoRevocation? Find(CognitoTokenClaims token);
}
