using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing;

/// <summary>A user pool in a running emulator, with a short set-up API for tests and demos.</summary>
public sealed class EmulatedUserPool
{
    private readonly CognitoEmulator emulator;
    private readonly UserPool pool;

    internal EmulatedUserPool(CognitoEmulator emulator, UserPool pool)
    {
        this.emulator = emulator;
        this.pool = pool;
    }

    /// <summary>Whether this pool lives in <paramref name="other"/>.</summary>
    internal bool BelongsTo(CognitoEmulator other) => ReferenceEquals(emulator, other);

    /// <summary>The pool id, e.g. <c>us-east-1_AbC123xyz</c>.</summary>
    public string Id => pool.Id;

    /// <summary>The issuer the pool's tokens carry: the endpoint without trailing slash, then the pool id; for a pool created with
    /// <c>IssuerConfiguration</c> <c>{"Type":"UPDATED"}</c>, the endpoint, then <c>issuer-cognito-idp/</c>, then the pool id.</summary>
    public string Issuer => emulator.State.TokenIssuerFor(pool);

    /// <summary>Where the pool's signing keys are served.</summary>
    public Uri JwksUri => new(Issuer + "/.well-known/jwks.json");

    /// <summary>The pool's Lambda triggers as .NET delegates or webhooks (pre sign-up, token generation, custom auth and the others).</summary>
    public UserPoolTriggers Triggers => pool.Triggers;

    /// <summary>Creates an app client. Unless <paramref name="explicitAuthFlows"/> is given, every flow is allowed.</summary>
    /// <param name="name">The client name.</param>
    /// <param name="generateSecret">Whether the client has a secret (then SECRET_HASH is required).</param>
    /// <param name="explicitAuthFlows">The ALLOW_* flows.</param>
    /// <param name="configure">Edits the CreateUserPoolClient request body before it is sent (token validities and so on).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The client id and secret.</returns>
    public async Task<EmulatedUserPoolClient> CreateClientAsync(string name = "test-client", bool generateSecret = false, IEnumerable<string>? explicitAuthFlows = null, Action<JsonObject>? configure = null, CancellationToken cancellationToken = default)
    {
        var flows = explicitAuthFlows ?? ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH"];
        var request = new JsonObject { ["UserPoolId"] = pool.Id, ["ClientName"] = name, ["GenerateSecret"] = generateSecret, ["ExplicitAuthFlows"] = Wire.Strings(flows) };
        configure?.Invoke(request);
        var response = await emulator.InvokeAsync("CreateUserPoolClient", request, cancellationToken).ConfigureAwait(false);
        var client = response["UserPoolClient"]!;
        return new EmulatedUserPoolClient((string)client["ClientId"]!, (string?)client["ClientSecret"]);
    }

    /// <summary>
    /// Gives a confidential app client a new secret while its current one stays valid (Cognito allows two secrets per
    /// app client), so an app can be moved to the new secret without downtime. <see cref="RetireClientSecretAsync"/>
    /// then stops accepting the old one. Goes through the wire operations: when the client already holds two secrets,
    /// the oldest is deleted (<c>DeleteUserPoolClientSecret</c>) before the new one is added (<c>AddUserPoolClientSecret</c>).
    /// </summary>
    /// <param name="clientId">The app client; it must have a secret.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new secret.</returns>
    public async Task<string> RotateClientSecretAsync(string clientId, CancellationToken cancellationToken = default)
    {
        _ = ClientWithSecret(clientId);
        await DeleteOldestSecretsAsync(clientId, keep: ClientSecretOperations.MaxSecrets - 1, cancellationToken).ConfigureAwait(false);
        var response = await emulator.InvokeAsync("AddUserPoolClientSecret", new JsonObject { ["UserPoolId"] = pool.Id, ["ClientId"] = clientId }, cancellationToken).ConfigureAwait(false);
        return (string)response["ClientSecretDescriptor"]!["ClientSecretValue"]!;
    }

    /// <summary>
    /// Stops accepting the secrets an app client had before its last <see cref="RotateClientSecretAsync"/>: only the newest
    /// stays valid (<c>DeleteUserPoolClientSecret</c> for each older one).
    /// </summary>
    /// <param name="clientId">The app client; it must have a secret.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the old secret is no longer accepted.</returns>
    public async Task RetireClientSecretAsync(string clientId, CancellationToken cancellationToken = default)
    {
        _ = ClientWithSecret(clientId);
        await DeleteOldestSecretsAsync(clientId, keep: 1, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the client's oldest secrets until at most <paramref name="keep"/> are left (ListUserPoolClientSecrets lists them oldest first).</summary>
    private async Task DeleteOldestSecretsAsync(string clientId, int keep, CancellationToken cancellationToken)
    {
        var response = await emulator.InvokeAsync("ListUserPoolClientSecrets", new JsonObject { ["UserPoolId"] = pool.Id, ["ClientId"] = clientId }, cancellationToken).ConfigureAwait(false);
        var secrets = response["ClientSecrets"]!.AsArray();
        foreach (var descriptor in secrets.Take(Math.Max(0, secrets.Count - keep)))
        {
            await emulator.InvokeAsync(
                "DeleteUserPoolClientSecret",
                new JsonObject { ["UserPoolId"] = pool.Id, ["ClientId"] = clientId, ["ClientSecretId"] = (string)descriptor!["ClientSecretId"]! },
                cancellationToken).ConfigureAwait(false);
        }
    }

    private UserPoolClient ClientWithSecret(string clientId)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        var client = pool.Clients.GetValueOrDefault(clientId)
            ?? throw new ArgumentException("The pool has no app client " + clientId + ".", nameof(clientId));
        return client.ClientSecret is null
            ? throw new InvalidOperationException("App client " + clientId + " has no secret to rotate.")
            : client;
    }

    /// <summary>Adds a user with a permanent password; a confirmed user's email and phone count as verified.</summary>
    /// <param name="username">The user name (or email/phone when the pool signs in with those).</param>
    /// <param name="password">The password; it must satisfy the pool's policy.</param>
    /// <param name="attributes">Attributes such as <c>email</c>.</param>
    /// <param name="confirmed">False leaves the user UNCONFIRMED, as after SignUp.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user's real name and sub.</returns>
    public async Task<EmulatedUser> AddUserAsync(string username, string password, IReadOnlyDictionary<string, string>? attributes = null, bool confirmed = true, CancellationToken cancellationToken = default)
    {
        var added = AddUser(username, password, attributes, confirmed, cancellationToken);
        await emulator.State.PersistAsync().ConfigureAwait(false);
        return added;
    }

    private EmulatedUser AddUser(string username, string password, IReadOnlyDictionary<string, string>? attributes, bool confirmed, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            pool.PasswordPolicy.Enforce(password);
            lock (pool.Gate)
            {
                var user = UserAccounts.Create(emulator.State, pool, username, attributes?.ToList() ?? []);
                UserAccounts.SetPassword(pool, user, password);
                user.Status = confirmed ? UserStatus.Confirmed : UserStatus.Unconfirmed;
                foreach (var attribute in new[] { "email", "phone_number" })
                {
                    if (confirmed && user.Attribute(attribute) is not null && user.Attribute(attribute + "_verified") is null)
                    {
                        user.Attributes[attribute + "_verified"] = "true";
                    }
                }

                pool.Add(user);
                return new EmulatedUser(user.Username, user.Sub);
            }
        }
        catch (AwsServiceException error)
        {
            throw new CognitoEmulatorException(error.ErrorCode, error.Message);
        }
    }

    /// <summary>Creates a group (its name appears in <c>cognito:groups</c>).</summary>
    /// <param name="groupName">The group name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task CreateGroupAsync(string groupName, CancellationToken cancellationToken = default) =>
        emulator.InvokeAsync("CreateGroup", new JsonObject { ["UserPoolId"] = pool.Id, ["GroupName"] = groupName }, cancellationToken);

    /// <summary>Puts a user in a group.</summary>
    /// <param name="username">The user.</param>
    /// <param name="groupName">The group.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task AddUserToGroupAsync(string username, string groupName, CancellationToken cancellationToken = default) =>
        emulator.InvokeAsync("AdminAddUserToGroup", new JsonObject { ["UserPoolId"] = pool.Id, ["Username"] = username, ["GroupName"] = groupName }, cancellationToken);

    /// <summary>Configures MFA as SetUserPoolMfaConfig does.</summary>
    /// <param name="mfaConfiguration">Off, on, or optional.</param>
    /// <param name="sms">Enable SMS MFA.</param>
    /// <param name="softwareToken">Enable TOTP MFA.</param>
    /// <param name="email">Enable email MFA.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task SetMfaConfigAsync(MfaConfiguration mfaConfiguration, bool sms = false, bool softwareToken = false, bool email = false, CancellationToken cancellationToken = default)
    {
        string wireName = mfaConfiguration switch
        {
            MfaConfiguration.Off => "OFF",
            MfaConfiguration.On => "ON",
            MfaConfiguration.Optional => "OPTIONAL",
            _ => throw new ArgumentOutOfRangeException(nameof(mfaConfiguration), mfaConfiguration, "Not an MFA configuration."),
        };
        var request = new JsonObject { ["UserPoolId"] = pool.Id, ["MfaConfiguration"] = wireName, ["SoftwareTokenMfaConfiguration"] = new JsonObject { ["Enabled"] = softwareToken } };
        if (sms)
        {
            request["SmsMfaConfiguration"] = new JsonObject { ["SmsAuthenticationMessage"] = "Your code is {####}" };
        }

        if (email)
        {
            request["EmailMfaConfiguration"] = new JsonObject { ["Message"] = "Your code is {####}", ["Subject"] = "Your code" };
        }

        return emulator.InvokeAsync("SetUserPoolMfaConfig", request, cancellationToken);
    }

    /// <summary>
    /// Makes the pool a passkey relying party, as <c>SetUserPoolMfaConfig</c> with <c>WebAuthnConfiguration</c> does.
    /// Passkeys also need <c>WEB_AUTHN</c> among the pool's <c>AllowedFirstAuthFactors</c> (set when the pool is created:
    /// <c>Policies.SignInPolicy.AllowedFirstAuthFactors</c>). Pages may use the passkeys from <c>https://</c> the relying
    /// party id or a subdomain, on any port; for <c>localhost</c>, <c>127.0.0.1</c> and <c>[::1]</c> also from <c>http://</c>.
    /// </summary>
    /// <param name="relyingPartyId">The relying party id: a domain such as <c>example.com</c>, or <c>localhost</c> for a local app.</param>
    /// <param name="requireUserVerification">Whether passkeys must verify the user (<c>UserVerification</c> <c>required</c>; else <c>preferred</c>).</param>
    /// <param name="passkeysSatisfyMfa">Whether a passkey sign-in with user verification satisfies MFA for users who turned
    /// passkey MFA on (<c>FactorConfiguration</c> <c>MULTI_FACTOR_WITH_USER_VERIFICATION</c>; else <c>SINGLE_FACTOR</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <exception cref="ArgumentException"><paramref name="relyingPartyId"/> is empty.</exception>
    public Task SetWebAuthnConfigAsync(string relyingPartyId, bool requireUserVerification = false, bool passkeysSatisfyMfa = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relyingPartyId);
        var request = new JsonObject
        {
            ["UserPoolId"] = pool.Id,
            ["WebAuthnConfiguration"] = new JsonObject
            {
                ["RelyingPartyId"] = relyingPartyId,
                ["UserVerification"] = requireUserVerification ? "required" : "preferred",
                ["FactorConfiguration"] = passkeysSatisfyMfa ? "MULTI_FACTOR_WITH_USER_VERIFICATION" : "SINGLE_FACTOR",
            },
        };
        return emulator.InvokeAsync("SetUserPoolMfaConfig", request, cancellationToken);
    }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
