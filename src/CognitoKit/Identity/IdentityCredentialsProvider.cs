using System.Diagnostics;
using CognitoKit.Diagnostics;
using CognitoKit.Errors;
using CognitoKit.Hosted;
using CognitoKit.Protocol.Identity;
using CognitoKit.Tokens.Validation;
using Microsoft.Extensions.Logging;

namespace CognitoKit.Identity;

/// <summary>
/// The identity-pool exchange: finds (or remembers) the identity of a user or guest, and trades it for credentials
/// in the enhanced flow (<c>GetCredentialsForIdentity</c>) or the basic flow (<c>GetOpenIdToken</c>, then STS).
/// Turns Cognito's refusals into <see cref="CognitoIdentityException"/> types that say what to do.
/// </summary>
internal sealed class IdentityCredentialsProvider
{
    /// <summary>The role session name of the basic flow (STS wants 2-64 of <c>[\w+=,.@-]</c>; an identity id has a colon).</summary>
    public const string RoleSessionName = "CognitoKit";

    private readonly IIdentityPoolsClient _client;
    private readonly ICognitoIdentityIdStore _store;
    private readonly IWebIdentityRoleAssumer _sts;
    private readonly ILogger _logger;

    public IdentityCredentialsProvider(IdentitySettings settings, IIdentityPoolsClient client, ICognitoIdentityIdStore store, IWebIdentityRoleAssumer sts, ILogger logger)
    {
        Settings = settings;
        _client = client;
        _store = store;
        _sts = sts;
        _logger = logger;
    }

    public IdentitySettings Settings { get; }

    /// <summary>Where exchanges are counted.</summary>
    public CognitoKitMetrics Metrics { get; init; } = CognitoKitMetrics.Shared;

    /// <summary>
    /// Runs one credentials exchange (<paramref name="flow"/>: <c>enhanced</c> or <c>basic</c>) in a
    /// <c>cognito.identity.credentials</c> span, and counts it by kind, flow and outcome.
    /// </summary>
    public async Task<T> ExchangeAsync<T>(string flow, bool guest, Func<Task<T>> exchange)
    {
        if (!Telemetry.Source.HasListeners() && !Metrics.CredentialExchanges.Enabled)
        {
            return await exchange().ConfigureAwait(false);
        }

        string kind = guest ? "guest" : "authenticated";
        using Activity? activity = Telemetry.Source.StartActivity(Telemetry.CredentialsSpan);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(Telemetry.IdentityKind, kind);
            activity.SetTag(Telemetry.IdentityFlow, flow);
        }

        string? errorType = null;
        try
        {
            return await exchange().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            errorType = Telemetry.ErrorTypeOf(ex);
            throw;
        }
        finally
        {
            string outcome = errorType is null ? Telemetry.Success : Telemetry.Failure;
            if (activity is not null)
            {
                activity.SetTag(Telemetry.Outcome, outcome);
                if (errorType is not null)
                {
                    Telemetry.Fail(activity, errorType);
                }
            }

            if (Metrics.CredentialExchanges.Enabled)
            {
                var tags = new TagList
                {
                    { Telemetry.IdentityKind, kind },
                    { Telemetry.IdentityFlow, flow },
                    { Telemetry.Outcome, outcome },
                };
                if (errorType is not null)
                {
                    tags.Add(Telemetry.ErrorType, errorType);
                }

                Metrics.CredentialExchanges.Add(1, tags);
            }
        }
    }

    /// <summary>Who hears of the credentials issued.</summary>
    public CognitoKit.Events.CognitoKitEventHub Events { get; init; } = CognitoKit.Events.CognitoKitEventHub.None;

    private string PoolId => Settings.IdentityPoolId;

    /// <summary>The login to send: the session's ID token (refreshing the session first when due), or none for a guest.</summary>
    public Task<IdentityLogin> LoginOfAsync(CognitoSession? session, CancellationToken cancellationToken) =>
        LoginOfAsync(session, external: null, cancellationToken);

    /// <summary>
    /// The login to send: the external provider tokens (asked for afresh) together with the session's ID token
    /// (refreshed first when due), or none for a guest. The session's token wins over an external entry for the same provider.
    /// </summary>
    public async Task<IdentityLogin> LoginOfAsync(CognitoSession? session, ExternalLoginsSource? external, CancellationToken cancellationToken)
    {
        if (session is null && external is null)
        {
            return new IdentityLogin(IdentityIdKey.ForGuest(PoolId), null);
        }

        var logins = new Dictionary<string, string>(StringComparer.Ordinal);
        IdentityIdKey? key = null;
        if (external is not null)
        {
            IdentityLogins given = await external.GetAsync(cancellationToken).ConfigureAwait(false);
            if (given.Logins.Count == 0 && session is null)
            {
                throw new InvalidOperationException("The logins function given to ForLogins returned no logins; return at least one provider token.");
            }

            foreach ((string provider, string token) in given.Logins)
            {
                logins[provider] = token;
            }

            key = ExternalLoginKeys.KeyOf(PoolId, given);
        }

        if (session is not null)
        {
            CognitoTokens tokens = await session.GetValidTokensAsync(cancellationToken).ConfigureAwait(false);
            logins[Settings.ProviderName] = tokens.IdToken;

            // The user pool login names the user most reliably, so it is the key whenever there is a session.
            key = IdentityIdKey.ForUser(PoolId, Settings.ProviderName, SubjectOf(tokens.IdToken));
        }

        return new IdentityLogin(key, logins);
    }

    /// <summary>The remembered identity id of <paramref name="login"/>, or a new one from <c>GetId</c> (then remembered).</summary>
    public async Task<string> ResolveIdentityIdAsync(IdentityLogin login, CancellationToken cancellationToken) =>
        login.Key is not null && await _store.GetAsync(login.Key, cancellationToken).ConfigureAwait(false) is { Length: > 0 } remembered
            ? remembered
            : await NewIdentityIdAsync(login, cancellationToken).ConfigureAwait(false);

    /// <summary>The enhanced flow: <c>GetCredentialsForIdentity</c> for the identity (found first when not known).</summary>
    public async Task<IssuedIdentityCredentials> GetCredentialsAsync(IdentityLogin login, IdentityRef? known, string? customRoleArn, CancellationToken cancellationToken)
    {
        (GetCredentialsForIdentityResponse response, IdentityRef identity) = await WithIdentityAsync(
            login,
            known,
            "GetCredentialsForIdentity",
            id => _client.GetCredentialsForIdentityAsync(
                new GetCredentialsForIdentityRequest { IdentityId = id, Logins = login.Logins, CustomRoleArn = customRoleArn },
                cancellationToken),
            r => r.IdentityId,
            cancellationToken).ConfigureAwait(false);

        Credentials c = response.Credentials ?? throw Incomplete("GetCredentialsForIdentity");
        if (string.IsNullOrEmpty(c.AccessKeyId) || string.IsNullOrEmpty(c.SecretKey) || string.IsNullOrEmpty(c.SessionToken) || c.Expiration is not { } expiration)
        {
            throw Incomplete("GetCredentialsForIdentity");
        }

        IdentityLog.CredentialsIssued(_logger, PoolId, identity.Id, expiration);
        return new IssuedIdentityCredentials(identity, c.AccessKeyId, c.SecretKey, c.SessionToken, expiration);
    }

    /// <summary>The basic flow: <c>GetOpenIdToken</c> for the identity, then STS <c>AssumeRoleWithWebIdentity</c> for <paramref name="roleArn"/>.</summary>
    public async Task<CognitoRoleCredentials> AssumeRoleAsync(IdentityLogin login, IdentityRef? known, string roleArn, CancellationToken cancellationToken)
    {
        (GetOpenIdTokenResponse response, IdentityRef identity) = await WithIdentityAsync(
            login,
            known,
            "GetOpenIdToken",
            id => _client.GetOpenIdTokenAsync(new GetOpenIdTokenRequest { IdentityId = id, Logins = login.Logins }, cancellationToken),
            r => r.IdentityId,
            cancellationToken).ConfigureAwait(false);
        string token = string.IsNullOrEmpty(response.Token) ? throw Incomplete("GetOpenIdToken") : response.Token;

        AssumedWebIdentityRole role = await _sts.AssumeRoleAsync(roleArn, token, RoleSessionName, cancellationToken).ConfigureAwait(false);
        IdentityLog.RoleAssumed(_logger, roleArn, identity.Id, role.Expiration);
        return new CognitoRoleCredentials(
            identity.Id, roleArn, role.AssumedRoleArn, role.AccessKeyId, role.SecretAccessKey, role.SessionToken, role.Expiration);
    }

    /// <summary>The <c>sub</c> of an ID token, which names the user to the identity id store.</summary>
    internal static string SubjectOf(string idToken)
    {
        if (UnverifiedJwtReader.ReadString(idToken, "sub") is { } sub)
        {
            return sub;
        }

        throw new CognitoProtocolException("The session's ID token is not a JWT with a 'sub' claim, so it cannot name an identity.", null, System.Net.HttpStatusCode.OK);
    }

    /// <summary>
    /// Runs <paramref name="call"/> for the identity; when Cognito refuses a remembered identity (unknown, or not this
    /// login's), forgets it, asks <c>GetId</c> for the login's identity and tries once more. Remembers the identity Cognito answered with (after linking
    /// a guest, or a merge, it differs from the one sent).
    /// </summary>
    private async Task<(T Response, IdentityRef Identity)> WithIdentityAsync<T>(
        IdentityLogin login, IdentityRef? known, string operation, Func<string, Task<T>> call, Func<T, string?> answeredId, CancellationToken cancellationToken)
    {
        IdentityRef identity = known ?? new IdentityRef(await ResolveIdentityIdAsync(login, cancellationToken).ConfigureAwait(false), IdentitySource.Remembered);
        T response;
        try
        {
            response = await CallAsync(operation, login, () => call(identity.Id)).ConfigureAwait(false);
        }
        catch (CognitoIdentityException e) when (identity.Source == IdentitySource.Remembered && IsRefusalOfTheIdentity(e))
        {
            // A remembered id is only a hint: a stale or wrong one (another user's, written by a buggy or shared store)
            // must not lock the user out for good, so it is forgotten and GetId, which trusts only the login, decides.
            IdentityLog.RememberedIdentityRefused(_logger, PoolId, identity.Id, e.ErrorCode);
            if (login.Key is not null)
            {
                await _store.RemoveAsync(login.Key, cancellationToken).ConfigureAwait(false);
            }

            identity = new IdentityRef(await NewIdentityIdAsync(login, cancellationToken).ConfigureAwait(false), IdentitySource.Remembered);
            response = await CallAsync(operation, login, () => call(identity.Id)).ConfigureAwait(false);
        }

        string answered = answeredId(response) is { Length: > 0 } id ? id : identity.Id;
        if (identity.Source == IdentitySource.Explicit)
        {
            return (response, identity with { Id = answered });
        }

        if (identity.Source == IdentitySource.GuestToLink)
        {
            IdentityLog.GuestLinked(_logger, identity.Id, answered, PoolId);
        }

        if (login.Key is not null && (identity.Source == IdentitySource.GuestToLink || !string.Equals(answered, identity.Id, StringComparison.Ordinal)))
        {
            await _store.SetAsync(login.Key, answered, cancellationToken).ConfigureAwait(false);
        }

        return (response, new IdentityRef(answered, IdentitySource.Remembered));
    }

    /// <summary>Whether Cognito refused the identity id itself (unknown, or not this login's), not something a new id cannot fix.</summary>
    private static bool IsRefusalOfTheIdentity(CognitoIdentityException e) =>
        e is IdentityPoolNotFoundException or IdentityLoginRejectedException or GuestAccessNotAllowedException;

    private async Task<string> NewIdentityIdAsync(IdentityLogin login, CancellationToken cancellationToken)
    {
        GetIdResponse response = await CallAsync(
            "GetId",
            login,
            () => _client.GetIdAsync(new GetIdRequest { IdentityPoolId = PoolId, Logins = login.Logins }, cancellationToken)).ConfigureAwait(false);
        string id = string.IsNullOrEmpty(response.IdentityId) ? throw Incomplete("GetId") : response.IdentityId;
        if (login.Key is not null)
        {
            await _store.SetAsync(login.Key, id, cancellationToken).ConfigureAwait(false);
        }

        return id;
    }

    /// <summary>Runs one call and names Cognito's refusal for what it means here.</summary>
    private async Task<T> CallAsync<T>(string operation, IdentityLogin login, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (NotAuthorizedException e) when (login.IsGuest)
        {
            throw new GuestAccessNotAllowedException(
                PoolId,
                $"Identity pool '{PoolId}' refused a guest in {operation}: {e.Message} Allow unauthenticated identities in the identity pool (and give it an unauthenticated role), or sign the user in first.",
                e);
        }
        catch (NotAuthorizedException e)
        {
            throw new IdentityLoginRejectedException(
                PoolId,
                $"Identity pool '{PoolId}' refused the user's login ({login.Providers}) in {operation}: {e.Message} Check that the identity pool trusts each provider (the user pool and app client, or the social provider's app id in its authentication providers, or the OIDC provider's ARN); if a token has expired, sign in again or supply a fresh one.",
                e);
        }
        catch (ResourceNotFoundException e)
        {
            throw new IdentityPoolNotFoundException(
                PoolId,
                $"Cognito Identity could not find what {operation} asked for in identity pool '{PoolId}': {e.Message} Check {CognitoKitOptions.SectionName}:IdentityPoolId and the region.",
                e);
        }
        catch (CognitoException e) when (e is TooManyRequestsException or LimitExceededException)
        {
            throw new IdentityThrottledException(
                PoolId,
                $"Cognito Identity throttled {operation} for identity pool '{PoolId}' ({e.ErrorCode}) after the retries allowed by {CognitoKitOptions.SectionName}:MaxAttempts; try again later.",
                e);
        }
    }

    private static CognitoProtocolException Incomplete(string operation) =>
        new($"Cognito Identity answered {operation} without the expected members.", null, System.Net.HttpStatusCode.OK);
}
