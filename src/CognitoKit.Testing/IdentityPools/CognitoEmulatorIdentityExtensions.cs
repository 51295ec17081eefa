using System.Text.Json.Nodes;
using CognitoKit.Testing.IdentityPools;

namespace CognitoKit.Testing;

/// <summary>Set-up and inspection of identity pools and STS credentials on a <see cref="CognitoEmulator"/>.</summary>
public static class CognitoEmulatorIdentityExtensions
{
    /// <summary>
    /// Creates an identity pool. When <paramref name="userPool"/> and <paramref name="client"/> are given, the pool
    /// trusts ID tokens of that app client (as a <c>CognitoIdentityProviders</c> entry named
    /// <see cref="IdentityProviderName"/>).
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="userPool">The user pool whose users may sign in; null for none.</param>
    /// <param name="client">The app client whose ID tokens are accepted; required with <paramref name="userPool"/>.</param>
    /// <param name="allowUnauthenticatedIdentities">Whether guests get identities and credentials.</param>
    /// <param name="name">The identity pool name.</param>
    /// <param name="configure">Edits the CreateIdentityPool request body before it is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The identity pool.</returns>
    public static async Task<EmulatedIdentityPool> CreateIdentityPoolAsync(
        this CognitoEmulator emulator,
        EmulatedUserPool? userPool = null,
        EmulatedUserPoolClient? client = null,
        bool allowUnauthenticatedIdentities = false,
        string name = "test_identities",
        Action<JsonObject>? configure = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        if ((userPool is null) != (client is null))
        {
            throw new ArgumentException("Give both the user pool and its app client, or neither.", userPool is null ? nameof(userPool) : nameof(client));
        }

        var request = new JsonObject { ["IdentityPoolName"] = name, ["AllowUnauthenticatedIdentities"] = allowUnauthenticatedIdentities };
        if (userPool is not null && client is not null)
        {
            request["CognitoIdentityProviders"] = new JsonArray(new JsonObject
            {
                ["ProviderName"] = emulator.IdentityProviderName(userPool),
                ["ClientId"] = client.ClientId,
            });
        }

        configure?.Invoke(request);
        var response = await emulator.InvokeIdentityAsync("CreateIdentityPool", request, cancellationToken).ConfigureAwait(false);
        return new EmulatedIdentityPool(emulator, (string)response["IdentityPoolId"]!, (string)response["IdentityPoolName"]!);
    }

    /// <summary>The name that stands for a user pool in <c>Logins</c> and <c>CognitoIdentityProviders</c>: its issuer without the scheme, <c>127.0.0.1:{port}/{userPoolId}</c>.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="userPool">The user pool.</param>
    /// <returns>The provider name. <c>cognito-idp.{region}.amazonaws.com/{userPoolId}</c> is accepted as well.</returns>
    public static string IdentityProviderName(this CognitoEmulator emulator, EmulatedUserPool userPool)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(userPool);
        return emulator.Endpoint.Authority + "/" + userPool.Id;
    }

    /// <summary>The issuer of GetOpenIdToken tokens; its OpenID configuration and JWKS are served under it.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <returns>The issuer, <c>http://127.0.0.1:{port}/cognito-identity</c>.</returns>
    public static string OpenIdTokenIssuer(this CognitoEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return OpenIdTokens.Issuer(emulator.State);
    }

    /// <summary>Looks up temporary credentials the emulator issued (GetCredentialsForIdentity or AssumeRoleWithWebIdentity).</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="accessKeyId">The access key id.</param>
    /// <returns>What they carry, or null when the emulator never issued that key.</returns>
    public static EmulatedCredentials? FindIssuedCredentials(this CognitoEmulator emulator, string accessKeyId)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentException.ThrowIfNullOrEmpty(accessKeyId);
        return IdentityStore.For(emulator.State).Credentials.Find(accessKeyId) is { } c
            ? new EmulatedCredentials(c.AccessKeyId, c.RoleArn, c.AssumedRoleArn, c.Subject, c.Expiration)
            : null;
    }

    /// <summary>Calls a cognito-identity operation in process, without HTTP.</summary>
    internal static Task<JsonObject> InvokeIdentityAsync(this CognitoEmulator emulator, string operation, JsonObject request, CancellationToken cancellationToken) =>
        emulator.InvokeAsync("AWSCognitoIdentityService.", operation, request, cancellationToken);
}
