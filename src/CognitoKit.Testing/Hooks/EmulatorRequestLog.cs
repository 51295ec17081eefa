using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace CognitoKit.Testing;

/// <summary>Every request the emulator received, in order. Thread-safe.</summary>
/// <remarks>
/// AWS JSON calls are named by operation (<c>InitiateAuth</c>), form calls by <c>Action</c>, token requests as
/// <c>oauth2/token</c>, and GET requests by method and path (<see cref="GetOperation"/>): JWKS, OpenID configuration,
/// hosted UI pages, <c>/oauth2/userInfo</c>. The emulator's own debug API (<c>/_emulator/...</c>) is not recorded: it is
/// the test's channel, not traffic of the client under test.
/// </remarks>
public sealed class EmulatorRequestLog
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    /// <summary>All recorded requests.</summary>
    public IReadOnlyList<RecordedRequest> All => requests.ToArray();

    /// <summary>The total number of requests.</summary>
    public int Total => requests.Count;

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

    /// <summary>Forgets every recorded request.</summary>
    public void Clear()
    {
        requests.Clear();
        counts.Clear();
    }

    internal void Record(string operation, string target, string body) => Record(new RecordedRequest(operation, target, body));

    internal void Record(string operation, string target, string body, IHeaderDictionary headers) =>
        Record(new RecordedRequest(operation, target, body) { Headers = Copy(headers) });

    private void Record(RecordedRequest request)
    {
        requests.Enqueue(request);
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
