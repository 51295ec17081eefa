using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.Identity;

/// <summary>The <c>GetId</c> request; member and JSON names are the model's own.</summary>
internal sealed record GetIdRequest
{
    public string? AccountId { get; init; }

    public required string IdentityPoolId { get; init; }

    public Dictionary<string, string>? Logins { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetIdRequest {{ AccountId = {AccountId}, IdentityPoolId = {IdentityPoolId}, Logins = {Redact.Keys(Logins)} }}";
}
