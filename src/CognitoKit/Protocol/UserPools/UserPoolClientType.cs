using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>
/// An app client's settings, as <c>DescribeUserPoolClient</c> answers them: only the members CognitoKit checks are read.
/// The answer carries the client secret; it is kept only to tell whether there is one and is never shown.
/// </summary>
internal sealed record UserPoolClientType
{
    public string? UserPoolId { get; init; }

    public string? ClientName { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public int? RefreshTokenValidity { get; init; }

    public int? AccessTokenValidity { get; init; }

    public int? IdTokenValidity { get; init; }

    public TokenValidityUnitsType? TokenValidityUnits { get; init; }

    public List<string>? ExplicitAuthFlows { get; init; }

    public List<string>? AllowedOAuthFlows { get; init; }

    public bool? EnableTokenRevocation { get; init; }

    public RefreshTokenRotationType? RefreshTokenRotation { get; init; }

    /// <summary>Shows the members without the client secret (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"UserPoolClientType {{ UserPoolId = {UserPoolId}, ClientName = {ClientName}, ClientId = {ClientId}, ClientSecret = {Redact.Secret(ClientSecret)}, RefreshTokenValidity = {RefreshTokenValidity}, AccessTokenValidity = {AccessTokenValidity}, IdTokenValidity = {IdTokenValidity}, TokenValidityUnits = {TokenValidityUnits}, ExplicitAuthFlows = {Redact.List(ExplicitAuthFlows)}, AllowedOAuthFlows = {Redact.List(AllowedOAuthFlows)}, EnableTokenRevocation = {EnableTokenRevocation}, RefreshTokenRotation = {RefreshTokenRotation} }}";
}
