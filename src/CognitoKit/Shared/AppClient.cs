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

    /// <summary>The current client secret, read on every use (a configuration reload can rotate it).</summary>
    public string? ClientSecret => _secrets.Current;

    public string UserPoolId { get; }

    /// <summary>
    /// The secret hash for <paramref name="username"/> exactly as it is sent in the same request (Cognito recomputes it
    /// from that value), or null when the app client has no secret.
    /// </summary>
    public string? SecretHashFor(string username) =>
        ClientSecret is { } secret ? SecretHash.Compute(username, ClientId, secret) : null;

    public override string ToString() => $"AppClient {{ ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "none" : "***")} }}";
}
