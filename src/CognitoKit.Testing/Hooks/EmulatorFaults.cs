using System.Collections.Concurrent;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing;

/// <summary>
/// Makes the next calls of an operation fail or stall, to test retries and timeouts, or spoils the domain's next token
/// responses, to test that clients refuse them. Thread-safe: each planned failure is taken by exactly one request.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<InjectedFault>> planned = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<OAuthTokenTampering> tamperings = new();

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="operation"/> (e.g. <c>InitiateAuth</c>) fail with
    /// <paramref name="errorCode"/> and <paramref name="statusCode"/>, after <paramref name="delay"/> if given.
    /// </summary>
    /// <param name="operation">The operation name without the target prefix.</param>
    /// <param name="count">How many calls to fail.</param>
    /// <param name="errorCode">The error code; null only delays the calls (which then succeed).</param>
    /// <param name="statusCode">The HTTP status (500 by default; use 400 for client errors, 429 for throttling).</param>
    /// <param name="delay">A pause before answering.</param>
    /// <param name="message">The error message.</param>
    public void FailNext(string operation, int count = 1, string? errorCode = "InternalErrorException", int statusCode = 500, TimeSpan? delay = null, string? message = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var queue = planned.GetOrAdd(operation, _ => new ConcurrentQueue<InjectedFault>());
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue(new InjectedFault(errorCode, statusCode, delay ?? TimeSpan.Zero, message ?? "Injected fault."));
        }
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="operation"/> wait <paramref name="delay"/> and then run normally.</summary>
    /// <param name="operation">The operation name.</param>
    /// <param name="delay">The pause.</param>
    /// <param name="count">How many calls to delay.</param>
    public void DelayNext(string operation, TimeSpan delay, int count = 1) => FailNext(operation, count, errorCode: null, statusCode: 200, delay: delay);

    /// <summary>
    /// The next <paramref name="count"/> user-token responses of the domain's <c>/oauth2/token</c> endpoint
    /// (authorization code and refresh grants) carry <paramref name="tampering"/>.
    /// </summary>
    /// <param name="tampering">The defect.</param>
    /// <param name="count">How many responses to spoil.</param>
    public void TamperNextTokenResponse(OAuthTokenTampering tampering, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (!Enum.IsDefined(tampering))
        {
            throw new ArgumentOutOfRangeException(nameof(tampering), tampering, "Not a defined OAuthTokenTampering.");
        }

        for (var i = 0; i < count; i++)
        {
            tamperings.Enqueue(tampering);
        }
    }

    /// <summary>Drops every planned fault.</summary>
    public void Clear()
    {
        planned.Clear();
        tamperings.Clear();
    }

    /// <summary>The defect planned for the token response being minted now, if any; each is taken once.</summary>
    internal OAuthTokenTampering? TakeTokenTampering() => tamperings.TryDequeue(out var tampering) ? tampering : null;

    internal async Task ApplyAsync(string operation, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!planned.TryGetValue(operation, out var queue) || !queue.TryDequeue(out var fault))
        {
            return;
        }

        if (fault.Delay > TimeSpan.Zero)
        {
            // Real time, not the emulator clock: a fake clock would otherwise stall the request forever.
            await Task.Delay(fault.Delay, cancellationToken).ConfigureAwait(false);
        }

        if (fault.ErrorCode is not null)
        {
            throw new AwsServiceException(fault.ErrorCode, fault.Message, fault.StatusCode);
        }
    }
}
