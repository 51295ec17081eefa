namespace CognitoKit.Testing.IdentityPools;

/// <summary>One identity of an identity pool. Guarded by <see cref="IdentityStore"/>'s lock.</summary>
internal sealed class Identity
{
    public required string Id { get; init; }

    public required string PoolId { get; init; }

    public DateTimeOffset CreationDate { get; init; }

    public DateTimeOffset LastModifiedDate { get; set; }

    /// <summary>Linked logins by provider key (both spellings of a user pool name share one key).</summary>
    public Dictionary<string, VerifiedLogin> Logins { get; } = new(StringComparer.Ordinal);

    /// <summary>Set when this guest identity was merged into an identity that already had the login.</summary>
    public string? MergedInto { get; set; }

    public bool IsAuthenticated => Logins.Count > 0;

    public override string ToString() => Id;
}
