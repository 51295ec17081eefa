namespace CognitoKit.Testing.Hooks;

/// <summary>
/// The newest <see cref="Capacity"/> items in arrival order: a ring that overwrites the oldest once full, so an emulator
/// that runs for days keeps a fixed amount of history. Thread-safe; a capacity of 0 keeps nothing.
/// </summary>
internal sealed class BoundedRecord<T>
    where T : class
{
    private readonly object gate = new();
    private readonly T?[] ring;
    private int oldest;
    private int count;
    private long dropped;

    public BoundedRecord(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ring = new T?[capacity];
    }

    public int Capacity => ring.Length;

    /// <summary>How many items were pushed out by newer ones (or not kept at all, at capacity 0) since the last clear.</summary>
    public long Dropped
    {
        get
        {
            lock (gate)
            {
                return dropped;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return count;
            }
        }
    }

    public void Add(T item)
    {
        lock (gate)
        {
            if (ring.Length == 0)
            {
                dropped++;
                return;
            }

            if (count < ring.Length)
            {
                ring[(oldest + count) % ring.Length] = item;
                count++;
                return;
            }

            ring[oldest] = item;
            oldest = (oldest + 1) % ring.Length;
            dropped++;
        }
    }

    /// <summary>A copy, oldest first.</summary>
    public T[] ToArray()
    {
        lock (gate)
        {
            var copy = new T[count];
            for (var i = 0; i < count; i++)
            {
                copy[i] = ring[(oldest + i) % ring.Length]!;
            }

            return copy;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            Array.Clear(ring);
            oldest = 0;
            count = 0;
            dropped = 0;
        }
    }
}
