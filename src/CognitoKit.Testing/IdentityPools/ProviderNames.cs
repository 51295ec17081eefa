using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.IdentityPools;

/// <summary>
/// A user pool is named as an identity provider by its issuer without the scheme. Here that is
/// <c>127.0.0.1:{port}/{userPoolId}</c>; the AWS spelling <c>cognito-idp.{region}.amazonaws.com/{userPoolId}</c> is
/// accepted too, so configuration written for AWS works unchanged.
/// </summary>
internal static class ProviderNames
{
    public const string UserPoolKeyPrefix = "cognito-idp:";

    /// <summary>The user pool id a provider name points at, when it names a pool of this emulator's kind.</summary>
    public static string? UserPoolIdOf(EmulatorState state, string providerName)
    {
        var name = providerName;
        var scheme = name.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            name = name[(scheme + 3)..];
        }

        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == name.Length - 1)
        {
            return null;
        }

        var host = name[..slash];
        var poolId = name[(slash + 1)..].TrimEnd('/');
        if (poolId.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        var port = state.Endpoint.Port;
        var local = string.Equals(host, state.Endpoint.Authority, StringComparison.OrdinalIgnoreCase)
            || string.Equals(host, "localhost:" + port, StringComparison.OrdinalIgnoreCase);
        var underscore = poolId.IndexOf('_', StringComparison.Ordinal);
        var aws = underscore > 0 && string.Equals(host, $"cognito-idp.{poolId[..underscore]}.amazonaws.com", StringComparison.OrdinalIgnoreCase);
        return local || aws ? poolId : null;
    }

    /// <summary>A key that is equal for both spellings of one user pool, and the name itself for anything else.</summary>
    public static string Key(EmulatorState state, string providerName) =>
        UserPoolIdOf(state, providerName) is { } poolId ? UserPoolKeyPrefix + poolId : providerName;

    /// <summary>The provider name inside an IAM OIDC provider ARN (<c>arn:aws:iam::{account}:oidc-provider/{host/path}</c>).</summary>
    public static string? FromOidcArn(string arn)
    {
        const string Marker = ":oidc-provider/";
        var at = arn.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? null : arn[(at + Marker.Length)..];
    }
}
