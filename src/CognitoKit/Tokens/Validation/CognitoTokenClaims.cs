using System.Security.Claims;
using CognitoKit.Tokens.Validation;

namespace CognitoKit.Tokens;

/// <summary>The claims of a validated Cognito token, typed. The <see cref="Principal"/> is built only when asked for.</summary>
public sealed class CognitoTokenClaims
{
    private static readonly string[] NoValues = [];

    // The raw token is kept (it is already allocated by the caller) so the principal can be built lazily; it is never exposed.
    private readonly string _token;
    private readonly string? _scope;
    private string[]? _scopes;
    private ClaimsPrincipal? _principal;
    private volatile bool _shared;

    internal CognitoTokenClaims(string token, in JwtPayloadFields fields, CognitoTokenUse tokenUse, string issuer, string? clientId)
    {
        _token = token;
        _scope = fields.Scope;
        Issuer = fields.Issuer ?? issuer;
        TokenUse = tokenUse;
        ClientId = clientId;
        Subject = fields.Subject ?? string.Empty;
        Username = fields.CognitoUsername ?? fields.Username;
        Groups = fields.Groups ?? NoValues;
        IssuedAt = ToTime(fields.IssuedAt);
        ExpiresAt = ToTime(fields.ExpiresAt);
        NotBefore = ToTime(fields.NotBefore);
        AuthTime = ToTime(fields.AuthTime);
        Jti = fields.Jti;
        OriginJti = fields.OriginJti;
        EventId = fields.EventId;
        Email = fields.Email;
        EmailVerified = fields.EmailVerified;
    }

    /// <summary>The issuer (<c>iss</c>).</summary>
    public string Issuer { get; }

    /// <summary>The user's unique, stable id (<c>sub</c>).</summary>
    public string Subject { get; }

    /// <summary>The user name: <c>cognito:username</c> in ID tokens, <c>username</c> in access tokens.</summary>
    public string? Username { get; }

    /// <summary>The app client: <c>client_id</c> of an access token or <c>aud</c> of an ID token.</summary>
    public string? ClientId { get; }

    /// <summary>The kind of token (<c>token_use</c>).</summary>
    public CognitoTokenUse TokenUse { get; }

    /// <summary>The user's groups (<c>cognito:groups</c>); empty when the token carries none.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>The scopes (<c>scope</c>, space-separated in the token); empty when the token carries none.</summary>
    public IReadOnlyList<string> Scopes => _scopes ??= _scope is null ? NoValues : _scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>When the token was issued (<c>iat</c>).</summary>
    public DateTimeOffset? IssuedAt { get; }

    /// <summary>When the token expires (<c>exp</c>).</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>When the token becomes valid (<c>nbf</c>); Cognito does not normally set it.</summary>
    public DateTimeOffset? NotBefore { get; }

    /// <summary>When the user authenticated (<c>auth_time</c>).</summary>
    public DateTimeOffset? AuthTime { get; }

    /// <summary>The token's unique id (<c>jti</c>).</summary>
    public string? Jti { get; }

    /// <summary>The id of the original authentication this token descends from (<c>origin_jti</c>); used for revocation.</summary>
    public string? OriginJti { get; }

    /// <summary>The authentication event id (<c>event_id</c>).</summary>
    public string? EventId { get; }

    /// <summary>The user's email (<c>email</c>, ID tokens only).</summary>
    public string? Email { get; }

    /// <summary>Whether the email is verified (<c>email_verified</c>, ID tokens only).</summary>
    public bool? EmailVerified { get; }

    /// <summary>
    /// A principal holding every claim of the token, with <c>sub</c> as <see cref="ClaimTypes.NameIdentifier"/>, the user name as
    /// <see cref="ClaimTypes.Name"/>, each group as a <see cref="ClaimTypes.Role"/> and each scope as its own <c>scope</c> claim.
    /// Built on first access. With the validated-token cache on, this principal is shared by every validation that finds the
    /// token in the cache: do not change it (a claims transformation should work on a copy, or use <see cref="ToPrincipal"/>).
    /// </summary>
    public ClaimsPrincipal Principal
    {
        get
        {
            var principal = Volatile.Read(ref _principal);
            if (principal is null)
            {
                principal = CognitoPrincipalBuilder.Build(_token, this);
                principal = Interlocked.CompareExchange(ref _principal, principal, null) ?? principal;
            }

            return principal;
        }
    }

    /// <summary>
    /// The same principal as <see cref="Principal"/>, its identity's <see cref="ClaimsIdentity.AuthenticationType"/> being
    /// <paramref name="authenticationType"/>: an authentication handler passes its scheme name. For <c>"Cognito"</c>, the
    /// type <see cref="Principal"/> carries, it is <see cref="Principal"/> itself; otherwise, and always for claims held by
    /// the validated-token cache (<see cref="CognitoTokenValidationOptions.ValidatedTokenCacheSize"/>), which several
    /// requests share, a new principal each call.
    /// </summary>
    /// <param name="authenticationType">The authentication type, such as a scheme name.</param>
    /// <returns>The principal.</returns>
    /// <exception cref="ArgumentException"><paramref name="authenticationType"/> is null or empty.</exception>
    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        ArgumentException.ThrowIfNullOrEmpty(authenticationType);
        return !_shared && string.Equals(authenticationType, CognitoPrincipalBuilder.AuthenticationType, StringComparison.Ordinal)
            ? Principal
            : CognitoPrincipalBuilder.Build(_token, this, authenticationType);
    }

    /// <summary>Marks these claims as handed to every validation that finds their token in the cache.</summary>
    internal void MarkShared() => _shared = true;

    /// <inheritdoc />
    public override string ToString() => $"CognitoTokenClaims {{ TokenUse = {TokenUse}, Subject = {Subject}, ClientId = {ClientId} }}";

    private static DateTimeOffset? ToTime(long? seconds) =>
        seconds is { } s && s >= -62135596800L && s <= 253402300799L ? DateTimeOffset.FromUnixTimeSeconds(s) : null;
}
