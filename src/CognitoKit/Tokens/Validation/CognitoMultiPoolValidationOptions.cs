namespace CognitoKit.Tokens;

/// <summary>
/// The user pools (and, for each, the app clients) a <see cref="CognitoMultiPoolTokenValidator"/> trusts: each pool is
/// described by its own <see cref="CognitoTokenValidationOptions"/>, so pools differ in clients, groups, scopes and checks.
/// </summary>
/// <remarks>
/// A token's pool is picked by its <c>iss</c> claim before anything else is looked at, so every pool must keep
/// <see cref="CognitoTokenValidationOptions.ValidateIssuer"/> on, and no issuer may belong to two pools. Empty by default:
/// trust at least one pool.
/// </remarks>
public sealed class CognitoMultiPoolValidationOptions
{
    /// <summary>The trusted pools, in the order they were added.</summary>
    public IList<CognitoTokenValidationOptions> Pools { get; } = new List<CognitoTokenValidationOptions>();

    /// <summary>Trusts one more pool, described by <paramref name="configure"/> (pool id or issuer, allowed app clients, checks).</summary>
    /// <param name="configure">Sets the pool's validation options.</param>
    /// <returns>These options, to trust the next pool.</returns>
    public CognitoMultiPoolValidationOptions TrustPool(Action<CognitoTokenValidationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var pool = new CognitoTokenValidationOptions();
        configure(pool);
        Pools.Add(pool);
        return this;
    }
}
