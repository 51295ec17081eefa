using CognitoKit.SignIn.Srp;
using Microsoft.Extensions.Options;

namespace CognitoKit.Shared;

/// <summary>The app client the account flows speak for: its id, and the <c>SECRET_HASH</c> when it has a secret.</summary>
internal sealed class AppClient
{
    private readonly ClientSecrets _secrets;

    public AppClient(IOptions<CognitoKitOptions> options, ClientSecrets? secrets = null)
    {
        CognitoKitOptions o = options.Value;
        ClientId = o.ClientId;
        UserPoolId = o.UserPoolId;
        _secrets = secrets ?? ClientSecrets.Fixed(o);
    }

    public string ClientId { get; }

    /// <summary>Whether the app client has a secret (read on every use: a configuration reload can rotate it).</summary>
    public bool HasSecret => _secrets.Current is not null;

    public string UserPoolId { get; }

    /// <summary>
    /// Sends a request that carries the <c>SECRET_HASH</c> for <paramref name="username"/>, exactly as it is sent in the
    /// same request (Cognito recomputes it from that value); null when the app client has no secret. During a secret
    /// rotation a refused hash is replaced by the other configured secret's, once.
    /// </summary>
    public Task<T> WithSecretHashAsync<T>(string username, Func<string?, Task<T>> send) =>
        _secrets.SendAsync(secret => send(secret is null ? null : SecretHash.Compute(username, ClientId, secret)));

    /// <summary>
    /// Sends a request that carries the raw client secret (<c>RevokeToken</c>, <c>GetTokensFromRefreshToken</c>), with
    /// the same one retry on a refused secret.
    /// </summary>
    public Task<T> WithClientSecretAsync<T>(Func<string?, Task<T>> send) => _secrets.SendAsync(send);

    public override string ToString() => $"AppClient {{ ClientId = {ClientId}, HasSecret = {HasSecret} }}";
}
