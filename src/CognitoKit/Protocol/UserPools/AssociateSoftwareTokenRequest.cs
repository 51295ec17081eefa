using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AssociateSoftwareToken</c> request; member and JSON names are the model's own.</summary>
internal sealed record AssociateSoftwareTokenRequest
{
    public string? AccessToken { get; init; }

    public string? Session { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AssociateSoftwareTokenRequest {{ AccessToken = {Redact.Secret(AccessToken)}, Session = {Redact.Secret(Session)} }}";
}
