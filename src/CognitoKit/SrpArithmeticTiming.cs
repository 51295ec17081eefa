namespace CognitoKit;

/// <summary>What <see cref="SrpArithmeticBenchmark.MeasureAsync"/> measured for one backend.</summary>
public sealed class SrpArithmeticTiming
{
    internal SrpArithmeticTiming(string backend, int iterations, TimeSpan mean, TimeSpan fastest, string resultFingerprint)
    {
        Backend = backend;
        Iterations = iterations;
        Mean = mean;
        Fastest = fastest;
        ResultFingerprint = resultFingerprint;
    }

    /// <summary>The backend's name.</summary>
    public string Backend { get; }

    /// <summary>How many sign-ins' worth of arithmetic ran.</summary>
    public int Iterations { get; }

    /// <summary>The mean time of one sign-in's client arithmetic.</summary>
    public TimeSpan Mean { get; }

    /// <summary>The fastest single run.</summary>
    public TimeSpan Fastest { get; }

    /// <summary>A short hex fingerprint of the computed values (of fixed public inputs), equal for every correct backend.</summary>
    public string ResultFingerprint { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Backend}: mean {Mean.TotalMilliseconds:F1} ms, fastest {Fastest.TotalMilliseconds:F1} ms over {Iterations} ({ResultFingerprint})");
}
