namespace CognitoKit.DependencyInjection;

/// <summary>That an instance's app client is checked at start-up, and for which sign-in flows (one per instance; the last call wins).</summary>
/// <param name="Flows">The flows the app uses.</param>
internal sealed record ConfigurationCheckRequest(CognitoAuthFlows Flows);
