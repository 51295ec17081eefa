using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>AdminSetUserPassword</c> request; member and JSON names are the model's own.</summary>
internal sealed record AdminSetUserPasswordRequest
{
    public required string UserPoolId { get; init; }

    public required string Username { get; init; }

    public required string Password { get; init; }

    public bool? Permanent { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AdminSetUserPasswordRequest {{ UserPoolId = {UserPoolId}, Username = {Redact.Secret(Username)}, Password = {Redact.Secret(Password)}, Permanent = {Permanent} }}";
}
