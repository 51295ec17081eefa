using System.Text;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.OAuth;

/// <summary>Who is calling the token and revoke endpoints: client_secret_basic, client_secret_post, or a public client's id.</summary>
internal static class ClientAuthentication
{
    public static (UserPool Pool, UserPoolClient Client) Authenticate(EmulatorState state, HttpContext context, IReadOnlyDictionary<string, string> form)
    {
        var formId = form.GetValueOrDefault("client_id");
        string? clientId = formId;
        string? secret = form.GetValueOrDefault("client_secret");
        var usedBasic = false;
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            usedBasic = true;
            var (id, basicSecret) = DecodeBasic(header["Basic ".Length..].Trim());
            if (formId is not null && formId != id)
            {
                throw new OAuthError("invalid_client", "client_id differs from the Authorization header.", 401);
            }

            clientId = id;
            secret = basicSecret;
        }

        var status = usedBasic ? 401 : 400;
        if (string.IsNullOrEmpty(clientId))
        {
            throw new OAuthError("invalid_client", "client_id is missing.", status);
        }

        (UserPool, UserPoolClient) found;
        try
        {
            found = state.UserPools.GetClient(clientId);
        }
        catch (AwsServiceException)
        {
            throw new OAuthError("invalid_client", null, status);
        }

        // Any of the client's secrets (two during a rotation) authenticates it.
        var client = found.Item2;
        var matches = client.ClientSecret is null
            ? string.IsNullOrEmpty(secret)
            : secret is not null && client.AcceptsSecret(secret);
        return matches ? found : throw new OAuthError("invalid_client", null, status);
    }

    private static (string Id, string Secret) DecodeBasic(string value)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(value));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon < 0
                ? throw new OAuthError("invalid_client", "The Basic credentials are malformed.", 401)
                : (Uri.UnescapeDataString(text[..colon]), Uri.UnescapeDataString(text[(colon + 1)..]));
        }
        catch (FormatException)
        {
            throw new OAuthError("invalid_client", "The Basic credentials are malformed.", 401);
        }
    }
}
