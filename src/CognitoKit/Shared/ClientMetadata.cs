namespace CognitoKit.Shared;

/// <summary>
/// The client metadata a request passes to the pool's Lambda triggers, with the one input check every
/// <c>WithClientMetadata</c> makes: a non-blank key and a non-null value.
/// </summary>
internal sealed class ClientMetadata
{
    private Dictionary<string, string>? _entries;

    /// <summary>The entries added so far (empty when none).</summary>
    public IReadOnlyDictionary<string, string> All => _entries ?? (IReadOnlyDictionary<string, string>)EmptyEntries;

    /// <summary>The entries, or <see langword="null"/> when none were added (so the wire request leaves the member out).</summary>
    public IReadOnlyDictionary<string, string>? OrNull => _entries;

    private static readonly Dictionary<string, string> EmptyEntries = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces one entry.</summary>
    /// <exception cref="ArgumentException">The key is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">The key or value is null.</exception>
    public void Add(string key, string value)
    {
        InputChecks.NotEmpty(key, nameof(key), "client metadata key");
        ArgumentNullException.ThrowIfNull(value);
        (_entries ??= new Dictionary<string, string>(StringComparer.Ordinal))[key] = value;
    }
}
