using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>ConfirmDevice</c> answer; unknown members are ignored.</summary>
internal sealed record ConfirmDeviceResponse
{
    public bool? UserConfirmationNecessary { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ConfirmDeviceResponse {{ UserConfirmationNecessary = {UserConfirmationNecessary} }}";
}
