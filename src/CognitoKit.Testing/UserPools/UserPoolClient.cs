using System.Text.Json.Nodes;

namespace CognitoKit.Testing.UserPools;

/// <summary>An app client: which flows it allows, its secret, token lifetimes.</summary>
internal sealed class UserPoolClient
{
    public required string ClientId { get; init; }

    public required string UserPoolId { get; init; }

    public required string ClientName { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Older secrets still accepted after a rotation, until they are retired.</summary>
    public List<string> OlderSecrets { get; } = [];

    /// <summary>Every secret the client currently accepts: the newest first.</summary>
    public IEnumerable<string> AcceptedSecrets => ClientSecret is null ? [] : [ClientSecret, .. OlderSecrets];

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
