namespace CognitoKit.DependencyInjection;

/// <summary>That an instance's health checks are registered, with which tags (one per instance; the last call wins).</summary>
/// <param name="Tags">The tags every check of the instance carries.</param>
internal sealed record HealthChecksRequest(IReadOnlyList<string> Tags);
