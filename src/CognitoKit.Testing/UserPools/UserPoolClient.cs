using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CognitoKit.Testing.UserPools;

/// <summary>An app client: which flows it allows, its secret, token lifetimes.</summary>
internal sealed class UserPoolClient
{
    public required string ClientId { get; init; }

    public required string UserPoolId { get; init; }

    public required string ClientName { get; set; }

    /// <summary>The newest secret (what DescribeUserPoolClient shows), or null for a public client.</summary>
    public string? ClientSecret => Secrets.Count == 0 ? null : Secrets[^1].Value;

    /// <summary>The client's secrets, oldest first: Cognito keeps at most two, so a secret can be rotated without downtime.</summary>
    public List<ClientSecretEntry> Secrets { get; } = [];

    /// <summary>Every secret the client currently accepts: the newest first.</summary>
    public IEnumerable<string> AcceptedSecrets => Secrets.Select(s => s.Value).Reverse();

    /// <summary>Whether <paramref name="secret"/> is one of the secrets the client accepts (compared in constant time).</summary>
    public bool AcceptsSecret(string secret) =>
        AcceptedSecrets.Any(expected => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(secret)));

    public List<string> ExplicitAuthFlows { get; set; } = [];

    public TimeSpan AccessTokenValidity { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan IdTokenValidity { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan RefreshTokenValidity { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan AuthSessionValidity { get; set; } = TimeSpan.FromMinutes(3);

    public bool EnableTokenRevocation { get; set; } = true;

    public bool PreventUserExistenceErrors { get; set; } = true;

    public bool RefreshTokenRotation { get; set; }

    public int RefreshTokenRotationGraceSeconds { get; set; }

    public DateTimeOffset CreationDate { get; init; }

    public DateTimeOffset LastModifiedDate { get; set; }

    /// <summary>The request members echoed back by DescribeUserPoolClient as given.</summary>
    public JsonObject Echo { get; set; } = new();

    public bool Allows(string explicitFlow) =>
        ExplicitAuthFlows.Contains(explicitFlow, StringComparer.Ordinal);

    public override string ToString() => ClientId;
}
