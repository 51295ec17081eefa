using System.Collections.Concurrent;
using CognitoKit.Testing.Hooks;
using Microsoft.AspNetCore.Http;

namespace CognitoKit.Testing;

/// <summary>The requests the emulator received, in order: the newest <see cref="Capacity"/> in full, and a count of all. Thread-safe.</summary>
/// <remarks>
/// <para>
/// The log is a ring: once <see cref="Capacity"/> requests are held, each new one pushes out the oldest (counted in
/// <see cref="Dropped"/>), so an emulator that runs for days keeps a fixed amount of history.
/// <see cref="Count(string)"/> and <see cref="Total"/> still count every request since the log was created or cleared.
/// Set the size with <see cref="CognitoEmulatorOptions.RequestLogCapacity"/>.
/// </para>
/// <para>
/// AWS JSON calls are named by operation (<c>InitiateAuth</c>), form calls by <c>Action</c>, token requests as
/// <c>oauth2/token</c>, and GET requests by method and path (<see cref="GetOperation"/>): JWKS, OpenID configuration,
/// hosted UI pages, <c>/oauth2/userInfo</c>. The emulator's own debug API (<c>/_emulator/...</c>) is not recorded: it is
/// the test's channel, not traffic of the client under test.
/// </para>
/// </remarks>
public sealed class EmulatorRequestLog
{
    /// <summary>The number of requests kept in full unless <see cref="CognitoEmulatorOptions.RequestLogCapacity"/> says otherwise: 10,000.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly BoundedRecord<RecordedRequest> requests;
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private int total;

    /// <summary>A log that keeps the newest <see cref="DefaultCapacity"/> requests.</summary>
    public EmulatorRequestLog()
        : this(DefaultCapacity)
    {
    }

    internal EmulatorRequestLog(int capacity) => requests = new BoundedRecord<RecordedRequest>(capacity);

    /// <summary>The recorded requests still held (at most <see cref="Capacity"/>), oldest first.</summary>
    public IReadOnlyList<RecordedRequest> All => requests.ToArray();

    /// <summary>The number of requests received since the log was created or cleared, including those no longer held.</summary>
    public int Total => Volatile.Read(ref total);

    /// <summary>How many requests the log holds in full at most; 0 when it keeps none (counts only).</summary>
    public int Capacity => requests.Capacity;

    /// <summary>How many requests were received but are no longer held (pushed out by newer ones) since the log was created or cleared.</summary>
    public long Dropped => requests.Dropped;

    /// <summary>The name a GET of <paramref name="path"/> is recorded under: <c>GET </c> and the path, without the query string.</summary>
    /// <param name="path">The path, such as <c>/us-east-1_Abc123/.well-known/jwks.json</c>.</param>
    /// <returns>For example <c>GET /us-east-1_Abc123/.well-known/jwks.json</c>.</returns>
    /// <example><c>emulator.Requests.Count(EmulatorRequestLog.GetOperation($"/{pool.Id}/.well-known/jwks.json"))</c></example>
    public static string GetOperation(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return "GET " + path;
    }

    /// <summary>How many requests named <paramref name="operation"/> arrived (failed ones included).</summary>
    /// <param name="operation">The operation name without the target prefix, or a <see cref="GetOperation"/> name.</param>
    /// <returns>The count.</returns>
    public int Count(string operation) => counts.GetValueOrDefault(operation);

    /// <summary>Forgets every recorded request and resets <see cref="Total"/>, <see cref="Dropped"/> and every <see cref="Count(string)"/> to 0.</summary>
    public void Clear()
    {
        requests.Clear();
        counts.Clear();
        Volatile.Write(ref total, 0);
    }

    internal void Record(string operation, string target, string body) => Record(new RecordedRequest(operation, target, body));

    internal void Record(string operation, string target, string body, IHeaderDictionary headers) =>
        Record(new RecordedRequest(operation, target, body) { Headers = Copy(headers) });

    private void Record(RecordedRequest request)
    {
        requests.Add(request);
        Interlocked.Increment(ref total);
        counts.AddOrUpdate(request.Operation, 1, (_, n) => n + 1);
    }

    private static IReadOnlyDictionary<string, string> Copy(IHeaderDictionary headers)
    {
        var copy = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            copy[header.Key] = header.Value.ToString();
        }

        return copy.AsReadOnly();
    }
}
