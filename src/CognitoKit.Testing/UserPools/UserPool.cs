using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Passkeys;
using CognitoKit.Testing.Tokens;

namespace CognitoKit.Testing.UserPools;

/// <summary>One user pool. Users and groups are guarded by <see cref="Gate"/>.</summary>
internal sealed class UserPool
{
    public const string OriginalIssuerType = "ORIGINAL";
    public const string UpdatedIssuerType = "UPDATED";

    /// <summary>The first path segment of an updated issuer under the emulator's endpoint (Cognito's host prefix).</summary>
    public const string UpdatedIssuerPathSegment = "issuer-cognito-idp";

    public UserPool(string id, bool caseSensitive)
    {
        Id = id;
        CaseSensitive = caseSensitive;
        var comparer = caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        Users = new Dictionary<string, User>(comparer);
        Groups = new Dictionary<string, JsonObject>(comparer);
    }

    public string Id { get; }

    /// <summary>The part of the id after <c>_</c>: the SRP prefix.</summary>
    public string PoolName => Id[(Id.IndexOf('_', StringComparison.Ordinal) + 1)..];

    public bool CaseSensitive { get; }

    public required string Name { get; set; }

    public required string Region { get; init; }

    public DateTimeOffset CreationDate { get; init; }

    public DateTimeOffset LastModifiedDate { get; set; }

    public PasswordPolicy PasswordPolicy { get; set; } = PasswordPolicy.Default;

    public string MfaConfiguration { get; set; } = "OFF";

    /// <summary><c>IssuerConfiguration.Type</c>: <see cref="OriginalIssuerType"/> or <see cref="UpdatedIssuerType"/>.</summary>
    public string IssuerType { get; set; } = OriginalIssuerType;

    public List<string> UsernameAttributes { get; set; } = [];

    public List<string> AliasAttributes { get; set; } = [];

    public List<string> AutoVerifiedAttributes { get; set; } = [];

    public SchemaCatalog Schema { get; set; } = new([]);

    public bool DeviceTracking { get; set; }

    public bool ChallengeRequiredOnNewDevice { get; set; }

    public bool DeviceOnlyRememberedOnUserPrompt { get; set; }

    public bool SmsMfaEnabled { get; set; }

    public bool SoftwareTokenMfaEnabled { get; set; }

    public bool EmailMfaEnabled { get; set; }

    public JsonObject? SmsMfaConfiguration { get; set; }

    public JsonObject? EmailMfaConfiguration { get; set; }

    public List<string> AllowedFirstAuthFactors { get; set; } = ["PASSWORD"];

    /// <summary>The passkey relying party (<c>WebAuthnConfiguration</c>).</summary>
    public WebAuthnSettings WebAuthn { get; } = new();

    /// <summary>The CreateUserPool members echoed by DescribeUserPool as given.</summary>
    public JsonObject Echo { get; set; } = new();

    public ConcurrentDictionary<string, UserPoolClient> Clients { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, User> Users { get; }

    public Dictionary<string, User> UsersBySub { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonObject> Groups { get; }

    /// <summary>The pool's triggers as delegates (<see cref="EmulatedUserPool.Triggers"/>).</summary>
    public UserPoolTriggers Triggers { get; } = new();

    public PoolSigningKeys Keys { get; } = new();

    public object Gate { get; } = new();

    /// <summary>Failed password sign-ins per user (and per unknown login), with Cognito's temporary lockout.</summary>
    public PasswordLockout Lockout { get; } = new();

    /// <summary>Keys the stand-in answers for unknown users (<see cref="UnknownUserDecoys"/>); never leaves the emulator.</summary>
    public byte[] DecoySeed { get; init; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    public string Arn(string account) => $"arn:aws:cognito-idp:{Region}:{account}:userpool/{Id}";

    /// <summary>Finds a user by user name, by sign-in attribute (email/phone as user name) or by verified alias. Call under <see cref="Gate"/>.</summary>
    public User? FindUser(string login)
    {
        if (Users.TryGetValue(login, out var user))
        {
            return user;
        }

        foreach (var attribute in UsernameAttributes.Concat(AliasAttributes))
        {
            var match = Users.Values.FirstOrDefault(u =>
                string.Equals(u.Attribute(attribute), login, StringComparison.OrdinalIgnoreCase)
                && (attribute == "preferred_username" || UsernameAttributes.Contains(attribute) || u.IsVerified(attribute)));
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    public void Add(User user)
    {
        Users[user.Username] = user;
        UsersBySub[user.Sub] = user;
    }

    public void Remove(User user)
    {
        Users.Remove(user.Username);
        UsersBySub.Remove(user.Sub);
    }

    public override string ToString() => Id;
}
