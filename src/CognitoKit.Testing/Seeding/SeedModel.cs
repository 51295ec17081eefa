using System.Text.Json.Nodes;

namespace CognitoKit.Testing.Seeding;

/// <summary>A parsed seed: what to create, each part with the JSON path errors are reported at.</summary>
internal sealed record SeedDocument(IReadOnlyList<SeedUserPool> UserPools, IReadOnlyList<SeedIdentityPool> IdentityPools);

/// <summary>A user pool; <see cref="CreateRequest"/> is the CreateUserPool body, <see cref="MfaRequest"/> the SetUserPoolMfaConfig one.</summary>
internal sealed record SeedUserPool(
    string Path,
    string Id,
    JsonObject CreateRequest,
    SeedRequest? MfaRequest,
    IReadOnlyList<SeedResourceServer> ResourceServers,
    IReadOnlyList<SeedRequest> Groups,
    IReadOnlyList<SeedClient> Clients,
    IReadOnlyList<SeedUser> Users);

/// <summary>A wire request body and the path of the seed member it came from.</summary>
internal sealed record SeedRequest(string Path, JsonObject Body);

internal sealed record SeedResourceServer(string Path, string Identifier, IReadOnlyList<string> Scopes);

/// <summary>An app client with its fixed id; the secret, when given, is in the CreateUserPoolClient body.</summary>
internal sealed record SeedClient(string Path, string Id, JsonObject CreateRequest);

internal sealed record SeedUser(
    string Path,
    string Username,
    string Password,
    string Status,
    bool Enabled,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    IReadOnlyList<(string Path, string Name)> Groups,
    SeedUserMfa? Mfa);

/// <summary>A user's MFA: a TOTP secret (Base32, as an authenticator app holds it), SMS and email, and the preferred one.</summary>
internal sealed record SeedUserMfa(string Path, string? TotpSecret, bool Sms, bool Email, string? Preferred);

internal sealed record SeedIdentityPool(string Path, string Id, JsonObject CreateRequest, SeedRequest? RolesRequest);
