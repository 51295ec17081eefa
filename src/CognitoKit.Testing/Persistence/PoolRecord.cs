using System.Text.Json.Nodes;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Persistence;

/// <summary>
/// A user pool's own settings as kept in a data directory (its users, clients and groups are records of their own).
/// Written by hand because a pool holds locks, lockout counters and delegates that must not be kept; the test
/// <c>UserPool_EveryProperty_IsKeptOrDeclaredTransient</c> fails when a pool property is added without a decision here.
/// </summary>
internal sealed class PoolRecord
{
    /// <summary>The <see cref="UserPool"/> properties deliberately not kept, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Transient = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(UserPool.Users)] = "kept as one record per user",
        [nameof(UserPool.UsersBySub)] = "rebuilt from the users",
        [nameof(UserPool.Clients)] = "kept as one record per client",
        [nameof(UserPool.Groups)] = "kept as one record per group",
        [nameof(UserPool.Gate)] = "a lock",
        [nameof(UserPool.Lockout)] = "failed sign-in counters are short-lived",
        [nameof(UserPool.Triggers)] = ".NET delegates set in process (webhook ARNs are kept in LambdaConfig)",
        [nameof(UserPool.PoolName)] = "computed from the id",
    };

    public required string Id { get; init; }

    public bool CaseSensitive { get; init; }

    public required string Name { get; init; }

    public required string Region { get; init; }

    public DateTimeOffset CreationDate { get; init; }

    public DateTimeOffset LastModifiedDate { get; init; }

    public required PasswordPolicy PasswordPolicy { get; init; }

    public required string MfaConfiguration { get; init; }

    public required string IssuerType { get; init; }

    public required List<string> UsernameAttributes { get; init; }

    public required List<string> AliasAttributes { get; init; }

    public required List<string> AutoVerifiedAttributes { get; init; }

    public required JsonArray Schema { get; init; }

    public bool DeviceTracking { get; init; }

    public bool ChallengeRequiredOnNewDevice { get; init; }

    public bool DeviceOnlyRememberedOnUserPrompt { get; init; }

    public bool SmsMfaEnabled { get; init; }

    public bool SoftwareTokenMfaEnabled { get; init; }

    public bool EmailMfaEnabled { get; init; }

    public JsonObject? SmsMfaConfiguration { get; init; }

    public JsonObject? EmailMfaConfiguration { get; init; }

    public required List<string> AllowedFirstAuthFactors { get; init; }

    public string? WebAuthnRelyingPartyId { get; init; }

    public required string WebAuthnUserVerification { get; init; }

    public required string WebAuthnFactorConfiguration { get; init; }

    public required JsonObject Echo { get; init; }

    public required byte[] DecoySeed { get; init; }

    /// <summary>The two signing keys (id token, access token) as key id and PKCS#8, or null while they are not made yet.</summary>
    public string[]? Keys { get; init; }

    /// <summary>The pool's settings; call under the pool's lock.</summary>
    public static PoolRecord From(UserPool pool) => new()
    {
        Id = pool.Id,
        CaseSensitive = pool.CaseSensitive,
        Name = pool.Name,
        Region = pool.Region,
        CreationDate = pool.CreationDate,
        LastModifiedDate = pool.LastModifiedDate,
        PasswordPolicy = pool.PasswordPolicy,
        MfaConfiguration = pool.MfaConfiguration,
        IssuerType = pool.IssuerType,
        UsernameAttributes = pool.UsernameAttributes,
        AliasAttributes = pool.AliasAttributes,
        AutoVerifiedAttributes = pool.AutoVerifiedAttributes,
        Schema = pool.Schema.ToJson(),
        DeviceTracking = pool.DeviceTracking,
        ChallengeRequiredOnNewDevice = pool.ChallengeRequiredOnNewDevice,
        DeviceOnlyRememberedOnUserPrompt = pool.DeviceOnlyRememberedOnUserPrompt,
        SmsMfaEnabled = pool.SmsMfaEnabled,
        SoftwareTokenMfaEnabled = pool.SoftwareTokenMfaEnabled,
        EmailMfaEnabled = pool.EmailMfaEnabled,
        SmsMfaConfiguration = pool.SmsMfaConfiguration,
        EmailMfaConfiguration = pool.EmailMfaConfiguration,
        AllowedFirstAuthFactors = pool.AllowedFirstAuthFactors,
        WebAuthnRelyingPartyId = pool.WebAuthn.RelyingPartyId,
        WebAuthnUserVerification = pool.WebAuthn.UserVerification,
        WebAuthnFactorConfiguration = pool.WebAuthn.FactorConfiguration,
        Echo = pool.Echo,
        DecoySeed = pool.DecoySeed,
        Keys = pool.Keys.AreCreated
            ? [pool.Keys.IdKey.KeyId, PersistenceJson.ExportKey(pool.Keys.IdKey), pool.Keys.AccessKey.KeyId, PersistenceJson.ExportKey(pool.Keys.AccessKey)]
            : null,
    };

    public UserPool ToPool()
    {
        var pool = new UserPool(Id, CaseSensitive)
        {
            Name = Name,
            Region = Region,
            CreationDate = CreationDate,
            LastModifiedDate = LastModifiedDate,
            PasswordPolicy = PasswordPolicy,
            MfaConfiguration = MfaConfiguration,
            IssuerType = IssuerType,
            UsernameAttributes = UsernameAttributes,
            AliasAttributes = AliasAttributes,
            AutoVerifiedAttributes = AutoVerifiedAttributes,
            Schema = SchemaCatalog.FromJson(Schema),
            DeviceTracking = DeviceTracking,
            ChallengeRequiredOnNewDevice = ChallengeRequiredOnNewDevice,
            DeviceOnlyRememberedOnUserPrompt = DeviceOnlyRememberedOnUserPrompt,
            SmsMfaEnabled = SmsMfaEnabled,
            SoftwareTokenMfaEnabled = SoftwareTokenMfaEnabled,
            EmailMfaEnabled = EmailMfaEnabled,
            SmsMfaConfiguration = SmsMfaConfiguration,
            EmailMfaConfiguration = EmailMfaConfiguration,
            AllowedFirstAuthFactors = AllowedFirstAuthFactors,
            Echo = Echo,
            DecoySeed = DecoySeed,
        };
        pool.WebAuthn.RelyingPartyId = WebAuthnRelyingPartyId;
        pool.WebAuthn.UserVerification = WebAuthnUserVerification;
        pool.WebAuthn.FactorConfiguration = WebAuthnFactorConfiguration;
        if (Keys is [var idKid, var idKey, var accessKid, var accessKey])
        {
            pool.Keys.Restore(PersistenceJson.ImportKey(idKid, idKey), PersistenceJson.ImportKey(accessKid, accessKey));
        }

        return pool;
    }
}
