namespace CognitoKit.Testing;

/// <summary>One request the emulator received.</summary>
/// <param name="Operation">
/// The operation name: <c>InitiateAuth</c> for an AWS JSON call, the <c>Action</c> of a form call, and for a GET the
/// method and path, such as <c>GET /us-east-1_Abc123/.well-known/jwks.json</c> (see <see cref="EmulatorRequestLog.GetOperation"/>).
/// </param>
/// <param name="Target">The full <c>X-Amz-Target</c>, the form <c>Action</c>, or for a GET the same text as <paramref name="Operation"/> (never the query string).</param>
/// <param name="Body">The raw JSON body; empty for a GET or a form call.</param>
public sealed record RecordedRequest(string Operation, string Target, string Body)
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase).AsReadOnly();

    /// <summary>
    /// A copy of the request's headers, names compared case-insensitively, repeated headers joined with <c>, </c>.
    /// <c>Authorization</c> is kept (tests check the SigV4 signature of admin calls): this is a test double, and its log
    /// holds secrets just as <see cref="Body"/> does. Empty for requests recorded without headers (the OAuth token endpoint).
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = NoHeaders;

    /// <summary>Leaves the body and headers out: they carry passwords, tokens and signatures.</summary>
    /// <returns>The target.</returns>
    public override string ToString() => Target;
}
