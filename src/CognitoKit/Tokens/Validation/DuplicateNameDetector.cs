using System.Buffers;
using System.Text.Json;

namespace CognitoKit.Tokens.Validation;

/// <summary>
/// Detects a JSON property name seen twice in one object without allocating. Names are compared by a 64-bit FNV-1a
/// hash of their unescaped bytes, kept in a caller's stack buffer: a collision can only reject a token, never accept one.
/// </summary>
internal static class DuplicateNameDetector
{
    /// <summary>Records the property name under <paramref name="reader"/>, unless already seen or <paramref name="seen"/> is full.</summary>
    public static NameAddResult TryAdd(ref Utf8JsonReader reader, scoped Span<ulong> seen, ref int count)
    {
        if (count == seen.Length)
        {
            return NameAddResult.TooMany;
        }

        var hash = HashName(ref reader);
        if (seen[..count].Contains(hash))
        {
            return NameAddResult.Repeated;
        }

        seen[count++] = hash;
        return NameAddResult.Added;
    }

    private static ulong HashName(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return Fnv1a(reader.ValueSpan);
        }

        var maxLength = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        byte[]? rented = null;
        var buffer = maxLength <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(maxLength));
        try
        {
            var length = reader.CopyString(buffer);
            return Fnv1a(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static ulong Fnv1a(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}

/// <summary>What <see cref="DuplicateNameDetector.TryAdd"/> found.</summary>
internal enum NameAddResult
{
    Added,
    Repeated,
    TooMany,
}
