using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The units of an app client's token validities: <c>seconds</c>, <c>minutes</c>, <c>hours</c> or <c>days</c>.</summary>
internal sealed record TokenValidityUnitsType
{
    public string? AccessToken { get; init; }

    public string? IdToken { get; init; }

    public string? RefreshToken { get; init; }

    /// <summary>Shows the members masked: they hold units, but carry the names of token members, which are always masked (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"TokenValidityUnitsType {{ AccessToken = {Redact.Secret(AccessToken)}, IdToken = {Redact.Secret(IdToken)}, RefreshToken = {Redact.Secret(RefreshToken)} }}";
}
