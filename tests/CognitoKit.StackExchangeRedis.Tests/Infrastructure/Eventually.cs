using System.Diagnostics;

namespace CognitoKit.StackExchangeRedis.Tests.Infrastructure;

/// <summary>Waiting for what another instance or a reconnecting Redis makes true a little later.</summary>
public static class Eventually
{
    /// <summary>
    /// Runs <paramref name="probe"/> until <paramref name="done"/> holds for its result or <paramref name="timeout"/> has
    /// passed, waiting <paramref name="interval"/> between tries; returns the last result (the probe runs at least once).
    /// </summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, TimeSpan interval)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            T result = await probe();
            if (done(result) || clock.Elapsed >= timeout)
            {
                return result;
            }

            await Task.Delay(interval);
        }
    }
}
