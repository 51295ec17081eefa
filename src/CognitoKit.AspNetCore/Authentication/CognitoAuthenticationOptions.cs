using CognitoKit.Tokens;
using Microsoft.AspNetCore.Authentication;

namespace CognitoKit.AspNetCore;

/// <summary>How the Cognito scheme authenticates <c>Authorization: Bearer</c> requests.</summary>
/// <remarks>
/// <para>Defaults: access tokens only (<see cref="TokenUse"/>), a 60-second <see cref="ClockSkew"/>, the token is not saved
/// in the authentication properties. The issuer is <see cref="Issuer"/> when set, otherwise
/// <c>https://cognito-idp.{Region}.amazonaws.com/{UserPoolId}</c>; <see cref="Region"/> may be left out when the pool id
/// starts with it.</para>
/// <para>Settings left empty are taken from <c>CognitoKitOptions</c> when <c>AddCognitoKit</c> is also called (pool, issuer
/// and app client), so an app that already configures CognitoKit needs no second copy of them.</para>
/// <para>The options are checked when the host starts: a scheme without a pool (or issuer), without an accepted app client,
/// with a malformed pool id or with an <c>http</c> issuer that is not this machine makes <c>StartAsync</c> throw an
/// <c>OptionsValidationException</c> naming the setting. The validator is built once per scheme, on its first request.</para>
/// </remarks>
public sealed class CognitoAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>Creates the options with the default <see cref="CognitoAuthenticationEvents"/>.</summary>
    public CognitoAuthenticationOptions()
    {
        Events = new CognitoAuthenticationEvents();
    }

    /// <summary>The AWS region of the user pool, such as <c>eu-west-1</c>. Optional when <see cref="UserPoolId"/> starts with it.</summary>
    public string? Region { get; set; }

    /// <summary>The user pool id, such as <c>eu-west-1_AbC123</c>.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>An explicit issuer, which wins over <see cref="Region"/> and <see cref="UserPoolId"/> (emulators: <c>{endpoint}/{userPoolId}</c>).
    /// It must use <c>https</c>, unless it points at this machine (<c>localhost</c>, <c>127.0.0.0/8</c> or <c>[::1]</c>).</summary>
    public string? Issuer { get; set; }

    /// <summary>The app clients whose tokens are accepted: <c>client_id</c> of access tokens, <c>aud</c> of ID tokens.</summary>
    /// <remarks>At least one is required, unless <see cref="ConfigureValidation"/> turns the client check off by name.</remarks>
    public IList<string> ClientIds { get; set; } = new List<string>();

    /// <summary>The kind of token accepted. Default <see cref="CognitoTokenUse.Access"/>, which is what an API should ask for.</summary>
    public CognitoTokenUse TokenUse { get; set; } = CognitoTokenUse.Access;

    /// <summary>Tolerance for clock differences on <c>exp</c>, <c>nbf</c> and <c>iat</c>. Default 60 seconds; at most 5 minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The <c>realm</c> written in <c>WWW-Authenticate</c> challenges; none by default.</summary>
    public string? Realm { get; set; }

    /// <summary>Whether the bearer token is kept in the authentication properties (<c>GetTokenAsync("access_token")</c>). Default <see langword="false"/>.</summary>
    public bool SaveToken { get; set; }

    /// <summary>Changes the validator's options after they are filled from these: required groups or scopes, a custom check,
    /// or a check switched off by name. Not set by default.</summary>
    public Action<CognitoTokenValidationOptions>? ConfigureValidation { get; set; }

    /// <summary>
    /// More user pools whose tokens this scheme accepts, each with its own app clients and checks; empty by default. With
    /// any listed, the scheme validates with a <see cref="CognitoMultiPoolTokenValidator"/>: a token's pool is picked by its
    /// <c>iss</c> before any key is fetched, among these and the pool of <see cref="UserPoolId"/> or <see cref="Issuer"/>
    /// (with <see cref="ClientIds"/>) when one is set or taken from <c>AddCognitoKit</c>.
    /// </summary>
    /// <remarks><see cref="ConfigureValidation"/> also runs on each of them; their <see cref="CognitoTokenValidationOptions.ClockSkew"/>
    /// is their own.</remarks>
    public IList<CognitoTokenValidationOptions> TrustedPools { get; } = new List<CognitoTokenValidationOptions>();

    /// <summary>Accepts the tokens of one more user pool, described by <paramref name="configure"/>: its pool id (or issuer) and app clients.</summary>
    /// <param name="configure">Sets the pool's validation options, such as <c>p =&gt; { p.UserPoolId = "..."; p.AllowedClientIds.Add("..."); }</c>.</param>
    /// <returns>These options, to trust the next pool.</returns>
    public CognitoAuthenticationOptions TrustPool(Action<CognitoTokenValidationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var pool = new CognitoTokenValidationOptions();
        configure(pool);
        TrustedPools.Add(pool);
        return this;
    }

    /// <summary>A validator to use instead of the one built from these options (for example <c>ICognitoKit.Tokens</c>). Not set by default.</summary>
    /// <remarks>When set, <see cref="TokenUse"/> still chooses the kind of token; the pool, clients and skew of the given validator apply.</remarks>
    public ICognitoTokenValidator? Validator { get; set; }

    /// <summary>The events raised while authenticating; replace or configure to hook in.</summary>
    public new CognitoAuthenticationEvents Events
    {
        get => (CognitoAuthenticationEvents)base.Events!;
        set => base.Events = value;
    }

    /// <summary>The path of the configuration section the settings were read from (empty for a root); null when set in code.</summary>
    internal string? ConfigurationPath { get; set; }

    /// <summary>Whether the settings of <c>AddCognitoKit</c> this scheme would borrow are invalid (and reported on their own).</summary>
    internal bool CognitoKitInvalid { get; set; }

    /// <summary>Values of the configuration section that could not be read, reported when the host starts.</summary>
    internal List<string> ConfigurationErrors { get; } = [];

    /// <summary>Whether the scheme names a pool of its own (beside <see cref="TrustedPools"/>).</summary>
    internal bool HasOwnPool => !string.IsNullOrWhiteSpace(UserPoolId) || !string.IsNullOrWhiteSpace(Issuer);

    /// <summary>The pools of a scheme that trusts several, its own first; null when it trusts one.</summary>
    internal CognitoMultiPoolValidationOptions? ToMultiPoolOptions()
    {
        if (TrustedPools is not { Count: > 0 })
        {
            return null;
        }

        var multi = new CognitoMultiPoolValidationOptions();
        if (HasOwnPool)
        {
            multi.Pools.Add(ToValidationOptions());
        }

        foreach (CognitoTokenValidationOptions trusted in TrustedPools)
        {
            // A copy, so ConfigureValidation runs once on each validator's options however often they are built.
            CognitoTokenValidationOptions pool = new()
            {
                Region = trusted.Region,
                UserPoolId = trusted.UserPoolId,
                Issuer = trusted.Issuer,
                AllowedClientIds = [.. trusted.AllowedClientIds ?? []],
                ClockSkew = trusted.ClockSkew,
                RequiredGroups = [.. trusted.RequiredGroups ?? []],
                RequiredScopes = [.. trusted.RequiredScopes ?? []],
                CustomCheck = trusted.CustomCheck,
                JwksMaxAge = trusted.JwksMaxAge,
                ValidatedTokenCacheSize = trusted.ValidatedTokenCacheSize,
                ValidateIssuer = trusted.ValidateIssuer,
                ValidateTokenUse = trusted.ValidateTokenUse,
                ValidateClientId = trusted.ValidateClientId,
                ValidateExpiration = trusted.ValidateExpiration,
                ValidateNotBefore = trusted.ValidateNotBefore,
                ValidateIssuedAt = trusted.ValidateIssuedAt,
            };
            ConfigureValidation?.Invoke(pool);
            multi.Pools.Add(pool);
        }

        return multi;
    }

    /// <summary>The validator options these settings describe.</summary>
    internal CognitoTokenValidationOptions ToValidationOptions()
    {
        var options = new CognitoTokenValidationOptions
        {
            Region = Region,
            UserPoolId = UserPoolId,
            Issuer = Issuer,
            ClockSkew = ClockSkew,
            AllowedClientIds = [.. ClientIds ?? []],
        };
        ConfigureValidation?.Invoke(options);
        return options;
    }
}
