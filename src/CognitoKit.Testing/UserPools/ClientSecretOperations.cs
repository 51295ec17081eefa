using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary>
/// An app client's secrets: AddUserPoolClientSecret, ListUserPoolClientSecrets, DeleteUserPoolClientSecret. A confidential
/// client holds one or two secrets and accepts either, so a secret can be rotated without downtime.
/// </summary>
internal static partial class ClientSecretOperations
{
    /// <summary>How many secrets Cognito keeps per app client.</summary>
    public const int MaxSecrets = 2;

    public static void Register(EmulatorState state, Dictionary<string, AwsJsonOperation> ops)
    {
        ops["AddUserPoolClientSecret"] = r =>
        {
            var (pool, client) = ClientOperations.Find(state, r);
            var given = r.OptionalString("ClientSecret");
            if (given is not null)
            {
                Validate(given);
            }

            lock (pool.Gate)
            {
                if (client.Secrets.Count == 0)
                {
                    throw AwsServiceException.InvalidParameter("User pool client " + client.ClientId + " is not a confidential client: it has no client secret.");
                }

                if (client.Secrets.Count >= MaxSecrets)
                {
                    throw new AwsServiceException("LimitExceededException", "User pool client " + client.ClientId + " already has " + MaxSecrets + " client secrets; delete one first.");
                }

                var added = Add(state, client, given);
                var descriptor = Descriptor(added);
                if (given is null)
                {
                    // The value is shown once, and only when Cognito generated it.
                    descriptor["ClientSecretValue"] = added.Value;
                }

                return new(new JsonObject { ["ClientSecretDescriptor"] = descriptor });
            }
        };
        ops["ListUserPoolClientSecrets"] = r =>
        {
            var (pool, client) = ClientOperations.Find(state, r);
            lock (pool.Gate)
            {
                return new(new JsonObject { ["ClientSecrets"] = new JsonArray([.. client.Secrets.Select(s => (JsonNode)Descriptor(s))]) });
            }
        };
        ops["DeleteUserPoolClientSecret"] = r =>
        {
            var (pool, client) = ClientOperations.Find(state, r);
            var id = r.RequiredString("ClientSecretId");
            if (id.Length > 128)
            {
                throw AwsServiceException.InvalidParameter("1 validation error detected: Value '" + id + "' at 'clientSecretId' failed to satisfy constraint: Member must have length less than or equal to 128");
            }

            lock (pool.Gate)
            {
                var entry = client.Secrets.Find(s => string.Equals(s.Id, id, StringComparison.Ordinal))
                    ?? throw AwsServiceException.ResourceNotFound("Client secret " + id + " does not exist.");
                if (client.Secrets.Count == 1)
                {
                    throw AwsServiceException.InvalidParameter("Client secret " + id + " is the last secret of user pool client " + client.ClientId + " and cannot be deleted.");
                }

                client.Secrets.Remove(entry);
                return new((JsonObject?)null);
            }
        };
    }

    /// <summary>Adds a secret (the given one, or a new random one) with an id unique within the client. The caller holds the pool's gate.</summary>
    public static ClientSecretEntry Add(EmulatorState state, UserPoolClient client, string? value = null)
    {
        var now = state.Now;
        var millis = now.ToUnixTimeMilliseconds();
        while (client.Secrets.Exists(s => string.Equals(s.Id, Id(client, millis), StringComparison.Ordinal)))
        {
            millis++;
        }

        var entry = new ClientSecretEntry(Id(client, millis), value ?? UserPoolStore.NewClientSecret(), now);
        client.Secrets.Add(entry);
        return entry;
    }

    private static string Id(UserPoolClient client, long millis) =>
        client.ClientId + "--" + millis.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject Descriptor(ClientSecretEntry entry) => new()
    {
        ["ClientSecretId"] = entry.Id,
        ["ClientSecretCreateDate"] = Wire.Time(entry.CreateDate),
    };

    /// <summary>ClientSecretType: 24 to 64 characters of <c>[\w+]</c>. The value is sensitive, so the message leaves it out.</summary>
    private static void Validate(string secret)
    {
        string? failure = secret.Length < 24 ? "Member must have length greater than or equal to 24"
            : secret.Length > 64 ? "Member must have length less than or equal to 64"
            : !SecretPattern().IsMatch(secret) ? @"Member must satisfy regular expression pattern: [\w+]+"
            : null;
        if (failure is not null)
        {
            throw AwsServiceException.InvalidParameter("1 validation error detected: Value at 'clientSecret' failed to satisfy constraint: " + failure);
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_+]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SecretPattern();
}
