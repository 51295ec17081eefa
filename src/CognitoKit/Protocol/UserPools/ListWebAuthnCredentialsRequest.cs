using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ListWebAuthnCredentials</c> request; member and JSON names are the model's own.</summary>
internal sealed record ListWebAuthnCredentialsRequest
{
    public required string AccessToken { get; init; }

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ListWebAuthnCredentialsRequest {{ AccessToken = {Redact.Secret(AccessToken)}, NextToken = {Redact.Secret(NextToken)}, MaxResults = {MaxResults} }}";
}
