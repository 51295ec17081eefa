using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>GetTokensFromRefreshToken</c> answer; unknown members are ignored.</summary>
internal sealed record GetTokensFromRefreshTokenResponse
{
    public AuthenticationResultType? AuthenticationResult { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"GetTokensFromRefreshTokenResponse {{ AuthenticationResult = {AuthenticationResult} }}";
}
