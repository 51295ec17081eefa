using CognitoKit.SignIn.Srp;
using Microsoft.Extensions.Options;

namespace CognitoKit;

/// <summary>The app client the account flows speak for: its id, and the <c>SECRET_HASH</c> when it has a secret.</summary>
internal sealed class AppClient
{
    public AppClient(IOptions<CognitoKitOptions> options)
    {
        CognitoKitOptions o = options.Value;
        ClientId = o.ClientId;
        ClientSecret = o.ClientSecret;
        UserPoolId = o.UserPoolId;
    }

    public string ClientId { get; }

    public string? ClientSecret { get; }

    public string UserPoolId { get; }

    /// <summary>
    /// The secret hash for <paramref name="username"/> exactly as it is sent in the same request (Cognito recomputes it
    /// from that value), or null when the app client has no secret.
    /// </summary>
    public string? SecretHashFor(string username) =>
        ClientSecret is null ? null : SecretHash.Compute(username, ClientId, ClientSecret);

    public override string ToString() => $"AppClient {{ ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "none" : "***")} }}";
}
