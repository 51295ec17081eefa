using System.Text.Json;
using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>CompleteWebAuthnRegistration</c> request; member and JSON names are the model's own.</summary>
internal sealed record CompleteWebAuthnRegistrationRequest
{
    public required string AccessToken { get; init; }

    /// <summary>A document: the browser's <c>RegistrationResponseJSON</c> object, inline (not a string).</summary>
    public required JsonElement Credential { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"CompleteWebAuthnRegistrationRequest {{ AccessToken = {Redact.Secret(AccessToken)}, Credential = *** }}";
}
