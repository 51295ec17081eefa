using CognitoKit.Protocol.UserPools;
using CognitoKit.Sessions;
using CognitoKit.SignIn.Srp;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CognitoKit.Hosted;

/// <summary>The <see cref="ICognitoHostedUI"/> behind the façade.</summary>
internal sealed class CognitoHostedUI : ICognitoHostedUI
{
    private readonly IOptions<CognitoHostedUIOptions> _hosted;
    private readonly IOptions<CognitoKitOptions> _kit;
    private readonly OAuthEndpointClient _endpoints;
    private readonly ClientCredentialsTokenCache _cache;
    private readonly CognitoSessionFactory _sessions;
    private readonly HostedTokenValidator _validator;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private ClientSecrets? _secrets;

    public CognitoHostedUI(
        IOptions<CognitoHostedUIOptions> hosted,
        IOptions<CognitoKitOptions> kit,
        OAuthEndpointClient endpoints,
        ClientCredentialsTokenCache cache,
        CognitoSessionFactory sessions,
        HostedTokenValidator validator,
        TimeProvider time,
        ILogger logger)
    {
        _hosted = hosted;
        _kit = kit;
        _endpoints = endpoints;
        _cache = cache;
        _sessions = sessions;
        _validator = validator;
        _time = time;
        _logger = logger;
    }

    /// <summary>Where the façade's client secrets are read (the monitor's current value under dependency injection).</summary>
    public ClientSecrets Secrets
    {
        get => _secrets ??= ClientSecrets.Fixed(_kit.Value);
        init => _secrets = value;
    }

    private HostedSettings Settings => HostedSettings.From(_hosted.Value, _kit.Value, Secrets);

    public HostedAuthorization CreateAuthorization(HostedSignInCommand? command = null)
    {
        command ??= new HostedSignInCommand();
        HostedSettings settings = Settings;
        if (command.IdentityProvider is not null && command.IdpIdentifier is not null)
        {
            throw new ArgumentException("Give either IdentityProvider or IdpIdentifier, not both.", nameof(command));
        }

        IReadOnlyList<string> scopes = command.Scopes ?? settings.Scopes;
        if (scopes.Any(s => string.IsNullOrWhiteSpace(s) || s.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException("A scope must be non-empty and hold no spaces.", nameof(command));
        }

        Uri redirectUri = command.RedirectUri ?? settings.RedirectUri
            ?? throw new InvalidOperationException($"{CognitoHostedUIOptions.SectionName}:RedirectUri is not set and the sign-in names none.");
        string state = Pkce.NewOpaqueValue();
        string nonce = Pkce.NewOpaqueValue();
        string verifier = Pkce.NewVerifier();
        var query = new List<KeyValuePair<string, string>>
        {
            new("response_type", "code"),
            new("client_id", settings.RequireClientId()),
            new("redirect_uri", redirectUri.AbsoluteUri),
            new("state", state),
            new("nonce", nonce),
            new("code_challenge", Pkce.Challenge(verifier)),
            new("code_challenge_method", "S256"),
        };
        if (scopes.Count > 0)
        {
            query.Add(new("scope", string.Join(' ', scopes)));
        }

        AddIfSet(query, "identity_provider", command.IdentityProvider);
        AddIfSet(query, "idp_identifier", command.IdpIdentifier);
        AddIfSet(query, "login_hint", command.LoginHint);
        AddIfSet(query, "prompt", command.Prompt);
        var uri = new Uri(settings.Endpoint("oauth2/authorize").AbsoluteUri + "?" + FormText.Encode(query));
        return new HostedAuthorization(uri, state, nonce, verifier, redirectUri);
    }

    public async Task<CognitoSession> CompleteSignInAsync(Uri callbackUri, HostedAuthorization authorization, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callbackUri);
        ArgumentNullException.ThrowIfNull(authorization);
        HostedCallback callback = HostedCallback.Parse(callbackUri);

        // State first: an unsolicited error or code is not this sign-in's business.
        if (!Pkce.SameValue(authorization.State, callback.State))
        {
            throw new HostedStateMismatchException();
        }

        if (callback.Error is { } error)
        {
            throw new OAuthErrorException(error, callback.ErrorDescription, OAuthErrorSource.Callback);
        }

        if (string.IsNullOrEmpty(callback.Code))
        {
            throw new OAuthErrorException("invalid_request", "The callback carries neither code nor error.", OAuthErrorSource.Callback);
        }

        OAuthTokenResponse tokens = await ExchangeCodeAsync(callback.Code, authorization.CodeVerifier, authorization.RedirectUri, cancellationToken).ConfigureAwait(false);
        if (tokens.IdToken is null)
        {
            throw new OAuthErrorException("invalid_response", "The token endpoint returned no ID token; ask for the openid scope.", OAuthErrorSource.Endpoint);
        }

        ICognitoTokenValidator validator = _validator.Validator;
        CognitoTokenValidationResult validation = await validator.ValidateAsync(tokens.IdToken, CognitoTokenUse.Id, cancellationToken).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            throw new HostedIdTokenRejectedException(validation.RejectionReason ?? TokenRejectionReason.Malformed, validation.Message);
        }

        // The validator has just checked this token's signature and refused repeated claims, so these reads see what it saw.
        string? nonce = UnverifiedJwtReader.ReadString(tokens.IdToken, "nonce");
        if (nonce is null || !Pkce.SameValue(authorization.Nonce, nonce))
        {
            throw new HostedNonceMismatchException();
        }

        // The ID token vouches for the access token issued with it; a swapped access token is refused before it is used.
        if (UnverifiedJwtReader.ReadString(tokens.IdToken, "at_hash", keepEmpty: true) is { } atHash && !Pkce.SameValue(AccessTokenHash.Of(tokens.AccessToken), atHash))
        {
            throw new HostedAccessTokenMismatchException();
        }

        CognitoTokenValidationResult access = await validator.ValidateAsync(tokens.AccessToken, CognitoTokenUse.Access, cancellationToken).ConfigureAwait(false);
        if (!access.IsValid)
        {
            throw new HostedAccessTokenRejectedException(access.RejectionReason ?? TokenRejectionReason.Malformed, access.Message);
        }

        CognitoSession session = _sessions.Create(
            new AuthenticationResultType
            {
                AccessToken = tokens.AccessToken,
                IdToken = tokens.IdToken,
                RefreshToken = tokens.RefreshToken,
                ExpiresIn = tokens.ExpiresIn,
                TokenType = tokens.TokenType,
            },
            deviceKey: null);
        HostedLog.SignedIn(_logger, validation.Claims!.Subject);
        await session.Events.SignedInAsync(session, "authorization_code").ConfigureAwait(false);
        return session;
    }

    public Task<OAuthTokenResponse> ExchangeCodeAsync(string code, string codeVerifier, Uri redirectUri, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentException.ThrowIfNullOrEmpty(codeVerifier);
        ArgumentNullException.ThrowIfNull(redirectUri);
        return _endpoints.PostTokenAsync(
            Settings,
            [new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirectUri.AbsoluteUri), new("code_verifier", codeVerifier)],
            cancellationToken);
    }

    public Task<OAuthTokenResponse> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        return _endpoints.PostTokenAsync(Settings, [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)], cancellationToken);
    }

    public Task<ClientCredentialsToken> GetClientCredentialsTokenAsync(IEnumerable<string>? scopes = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> normalized = ClientCredentialsTokenCache.Normalize(scopes);
        if (normalized.Any(s => string.IsNullOrWhiteSpace(s) || s.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException("A scope must be non-empty and hold no spaces.", nameof(scopes));
        }

        HostedSettings settings = Settings;
        if (settings.ClientSecret is null)
        {
            throw new InvalidOperationException($"The client-credentials grant needs a confidential app client: set {CognitoHostedUIOptions.SectionName}:ClientSecret.");
        }

        return _cache.GetAsync(normalized, settings.RenewBefore, ct => FetchClientCredentialsAsync(settings, normalized, ct), cancellationToken);
    }

    public Task<HostedUserInfo> GetUserInfoAsync(string accessToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        return _endpoints.GetUserInfoAsync(Settings, accessToken, cancellationToken);
    }

    public Task RevokeAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        return _endpoints.RevokeAsync(Settings, [new("token", refreshToken)], cancellationToken);
    }

    public Uri BuildLogoutUri(Uri? logoutUri = null)
    {
        HostedSettings settings = Settings;
        Uri target = logoutUri ?? settings.LogoutUri
            ?? throw new InvalidOperationException($"{CognitoHostedUIOptions.SectionName}:LogoutUri is not set and none was given.");
        if (!target.IsAbsoluteUri)
        {
            throw new ArgumentException("The logout URI must be absolute.", nameof(logoutUri));
        }

        string query = FormText.Encode([new("client_id", settings.RequireClientId()), new("logout_uri", target.AbsoluteUri)]);
        return new Uri(settings.Endpoint("logout").AbsoluteUri + "?" + query);
    }

    private async Task<ClientCredentialsToken> FetchClientCredentialsAsync(HostedSettings settings, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
        if (scopes.Count > 0)
        {
            form.Add(new("scope", string.Join(' ', scopes)));
        }

        DateTimeOffset asked = _time.GetUtcNow();
        OAuthTokenResponse response = await _endpoints.PostTokenAsync(settings, form, cancellationToken).ConfigureAwait(false);
        HostedLog.ClientCredentialsIssued(_logger, string.Join(' ', scopes), response.ExpiresIn);
        return new ClientCredentialsToken(response.AccessToken, asked.AddSeconds(response.ExpiresIn), scopes);
    }

    private static void AddIfSet(List<KeyValuePair<string, string>> query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(new(name, value));
        }
    }
}
