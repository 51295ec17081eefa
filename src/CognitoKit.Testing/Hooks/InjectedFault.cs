namespace CognitoKit.Testing;

/// <summary>What an injected fault does to a request.</summary>
/// <param name="ErrorCode">The error code to answer with, or null to only delay and then run the request.</param>
/// <param name="StatusCode">The HTTP status of the error.</param>
/// <param name="Delay">A pause (on the real clock) before answering.</param>
/// <param name="Message">The error message.</param>
public sealed record InjectedFault(string? ErrorCode, int StatusCode, TimeSpan Delay, string Message);
