using System.Diagnostics;
using CognitoKit.SignIn.Srp;

namespace CognitoKit;

/// <summary>
/// Measures the client arithmetic of an SRP sign-in with each backend available where the code runs, next to a
/// <see cref="System.Numerics.BigInteger"/> baseline, so the choice of backend can be checked on the device itself (a
/// browser, a phone, a server). The inputs are fixed constants: no user's secret is involved.
/// </summary>
/// <remarks>
/// Backends: <c>managed</c> (Montgomery multiplication in C#, everywhere), <c>openssl</c> (the platform's libcrypto,
/// where it loads; never in the browser), <c>browser-bigint</c> (the page's JavaScript <c>BigInt</c>, in a browser that
/// allows the module's import) and the baseline <c>biginteger</c>. Sign-ins use <see cref="GetDefaultBackendAsync"/>.
/// </remarks>
public static class SrpArithmeticBenchmark
{
    /// <summary>The name of the <see cref="System.Numerics.BigInteger.ModPow"/> baseline.</summary>
    public const string BigIntegerBaseline = BigIntegerModulus.BackendName;

    /// <summary>The backends that can run here, the default first, the <see cref="BigIntegerBaseline"/> last.</summary>
    /// <param name="cancellationToken">Cancels the wait for the browser's module.</param>
    /// <returns>The backend names.</returns>
    public static async Task<IReadOnlyList<string>> GetBackendsAsync(CancellationToken cancellationToken = default)
    {
        var backends = new List<string>();
        foreach (IModularArithmetic arithmetic in await AvailableAsync(cancellationToken).ConfigureAwait(false))
        {
            backends.Add(arithmetic.Name);
        }

        return backends;
    }

    /// <summary>The backend SRP sign-ins use here.</summary>
    /// <param name="cancellationToken">Cancels the wait for the browser's module.</param>
    /// <returns>The backend's name.</returns>
    public static async Task<string> GetDefaultBackendAsync(CancellationToken cancellationToken = default)
    {
        await SrpGroup.PrepareAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        return SrpGroup.Arithmetic.Name;
    }

    /// <summary>Runs the client arithmetic of one SRP sign-in <paramref name="iterations"/> times with one backend.</summary>
    /// <param name="backend">A name from <see cref="GetBackendsAsync"/>.</param>
    /// <param name="iterations">How many sign-ins' worth to run, 1 to 1,000.</param>
    /// <param name="cancellationToken">Checked between iterations.</param>
    /// <returns>The timings and a fingerprint of the result, equal for every correct backend.</returns>
    /// <exception cref="ArgumentException"><paramref name="backend"/> is not available here.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is out of range.</exception>
    /// <remarks>Yields between iterations, so a browser page stays responsive and can show progress.</remarks>
    public static async Task<SrpArithmeticTiming> MeasureAsync(string backend, int iterations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iterations, 1000);
        IModularArithmetic arithmetic = (await AvailableAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(a => a.Name == backend)
            ?? throw new ArgumentException($"The SRP arithmetic backend '{backend}' is not available here; ask GetBackendsAsync for the names.", nameof(backend));

        string fingerprint = string.Empty;
        TimeSpan total = TimeSpan.Zero;
        TimeSpan fastest = TimeSpan.MaxValue;
        for (int i = 0; i < iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long start = Stopwatch.GetTimestamp();
            string result = SrpClientWorkload.Run(arithmetic);
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            total += elapsed;
            fastest = elapsed < fastest ? elapsed : fastest;
            if (i > 0 && result != fingerprint)
            {
                throw new InvalidOperationException($"The SRP arithmetic backend '{backend}' gave different results for the same input.");
            }

            fingerprint = result;
            await Task.Yield();
        }

        return new SrpArithmeticTiming(arithmetic.Name, iterations, total / iterations, fastest, fingerprint);
    }

    private static async Task<List<IModularArithmetic>> AvailableAsync(CancellationToken cancellationToken)
    {
        await SrpGroup.PrepareAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        var available = new List<IModularArithmetic> { SrpGroup.Arithmetic };
        void Add(IModularArithmetic? candidate)
        {
            if (candidate is not null && !available.Exists(a => a.Name == candidate.Name))
            {
                available.Add(candidate);
            }
        }

        Add(await SrpGroup.TryGetBrowserArithmeticAsync().ConfigureAwait(false));
        Add(SrpGroup.NativeArithmetic);
        Add(SrpGroup.ManagedArithmetic);
        Add(new BigIntegerModulus(SrpGroup.N));
        return available;
    }
}
