using Amazon.Runtime;
using Amazon.Util.Internal;
using CognitoKit.Identity;

namespace CognitoKit;

/// <summary>
/// AWS credentials from a Cognito identity pool for a signed-in user or a guest, which any AWS SDK client accepts and
/// which renew themselves: pass it to a client (<c>new AmazonS3Client(credentials, config)</c>) and keep it.
/// </summary>
/// <remarks>
/// <para>Credentials are fetched on first use (enhanced flow: <c>GetId</c> once per user, then
/// <c>GetCredentialsForIdentity</c>) and fetched again once less than
/// <see cref="RefreshingAWSCredentials.ExpirationBuffer"/> (<c>CognitoKit:RefreshMargin</c>) remains. Before each fetch
/// for a user, the session's tokens are refreshed if they are due, so an expired ID token is never sent; for external
/// logins (<see cref="ICognitoIdentity.ForLogins(IdentityLogins, CognitoSession?, string?)"/>) the app's logins
/// function is asked for current provider tokens.</para>
/// <para>Thread-safe: however many callers ask at once, one fetch runs and all of them get its result.</para>
/// <para><see cref="ToString"/> never shows the secret key or session token.</para>
/// </remarks>
public sealed class CognitoAWSCredentials : RefreshingAWSCredentials
{
    private readonly IdentityCredentialsProvider _provider;
    private readonly string? _customRoleArn;
    private readonly ExternalLoginsSource? _external;
    private readonly bool _ownGuest;
    private readonly ITimeProvider _clock;
    private readonly object _gate = new();
    private IdentityRef? _identity;
    private Task<string>? _resolving;

    internal CognitoAWSCredentials(
        IdentityCredentialsProvider provider, CognitoSession? session, IdentityRef? identity, string? customRoleArn, ITimeProvider clock, ExternalLoginsSource? external = null, bool ownGuest = false)
        : base(clock)
    {
        _external = external;
        _ownGuest = ownGuest;
        _provider = provider;
        Session = session;
        _identity = identity;
        _customRoleArn = customRoleArn;
        _clock = clock;
        ExpirationBuffer = provider.Settings.RefreshMargin;
    }

    /// <summary>The identity pool the credentials come from.</summary>
    public string IdentityPoolId => _provider.Settings.IdentityPoolId;

    /// <summary>The signed-in user's session, or null for a guest or for external logins alone.</summary>
    public CognitoSession? Session { get; }

    /// <summary>Whether these are a guest's (unauthenticated) credentials.</summary>
    public bool IsGuest => Session is null && _external is null;

    /// <summary>The identity id, once known (after <see cref="GetIdentityIdAsync"/> or the first credentials).</summary>
    public string? IdentityId
    {
        get
        {
            IdentityRef? identity = Volatile.Read(ref _identity);
            return identity is { Source: not IdentitySource.GuestToLink } ? identity.Id : null;
        }
    }

    /// <summary>
    /// Returns the Cognito identity id of this user or guest, asking Cognito only when it is not known yet (a user's
    /// identity id is remembered in the <see cref="ICognitoIdentityIdStore"/>).
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The identity id, such as <c>us-east-1:7f1c...</c>.</returns>
    /// <exception cref="CognitoIdentityException">The identity pool refused (see the subclasses).</exception>
    public async Task<string> GetIdentityIdAsync(CancellationToken cancellationToken = default)
    {
        IdentityRef? identity = Volatile.Read(ref _identity);
        if (identity is { Source: not IdentitySource.GuestToLink })
        {
            return identity.Id;
        }

        if (identity is { Source: IdentitySource.GuestToLink })
        {
            // The guest's identity becomes the user's only when Cognito sees both together, which fetching credentials does.
            await GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return Volatile.Read(ref _identity)!.Id;
        }

        Task<string> shared;
        lock (_gate)
        {
            _resolving ??= ResolveAsync();
            shared = _resolving;
        }

        return await shared.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Describes the credentials without any secret.</summary>
    /// <returns>The identity pool, identity id and expiry.</returns>
    public override string ToString() =>
        $"CognitoAWSCredentials {{ IdentityPoolId = {IdentityPoolId}, IdentityId = {IdentityId ?? "unknown"}, Guest = {IsGuest}, Expiration = {(Expiration is { } e ? e.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "none")} }}";

    /// <inheritdoc />
    /// <remarks>
    /// Blocks on the asynchronous fetch; AWS SDK clients call <see cref="GenerateNewCredentialsAsync"/> instead. In the
    /// browser (one thread, which may not block) it throws <see cref="PlatformNotSupportedException"/>: call
    /// <c>GetCredentialsAsync</c> there.
    /// </remarks>
    /// <exception cref="PlatformNotSupportedException">Called in the browser.</exception>
    protected override CredentialsRefreshState GenerateNewCredentials() =>
        OperatingSystem.IsBrowser()
            ? throw new PlatformNotSupportedException("CognitoAWSCredentials cannot fetch credentials synchronously in the browser, where the only thread may not block; call GetCredentialsAsync instead.")
            : Task.Run(GenerateAsync).GetAwaiter().GetResult();

    /// <inheritdoc />
    protected override Task<CredentialsRefreshState> GenerateNewCredentialsAsync() => GenerateAsync();

    private Task<CredentialsRefreshState> GenerateAsync() => _provider.ExchangeAsync("enhanced", IsGuest, GenerateCoreAsync);

    private async Task<CredentialsRefreshState> GenerateCoreAsync()
    {
        // Not tied to any caller's cancellation: every caller waiting on this refresh shares it.
        IdentityLogin login = await LoginAsync().ConfigureAwait(false);
        IssuedIdentityCredentials issued = await _provider.GetCredentialsAsync(login, Volatile.Read(ref _identity), _customRoleArn, CancellationToken.None)
            .ConfigureAwait(false);
        Volatile.Write(ref _identity, issued.Identity);
        await _provider.Events.CredentialsRenewedAsync(Session, issued.Identity.Id, issued.Expiration).ConfigureAwait(false);
        return new CredentialsRefreshState(
            new ImmutableCredentials(issued.AccessKeyId, issued.SecretKey, issued.SessionToken),
            issued.Expiration.UtcDateTime,
            _clock);
    }

    /// <summary>Who asks: a guest of its own (remembered under no key), or what the session and logins say.</summary>
    private Task<IdentityLogin> LoginAsync() =>
        _ownGuest ? Task.FromResult(IdentityLogin.OwnGuest) : _provider.LoginOfAsync(Session, _external, CancellationToken.None);

    private async Task<string> ResolveAsync()
    {
        try
        {
            await Task.Yield(); // leave the lock before any work
            IdentityLogin login = await LoginAsync().ConfigureAwait(false);
            string id = await _provider.ResolveIdentityIdAsync(login, CancellationToken.None).ConfigureAwait(false);
            Interlocked.CompareExchange(ref _identity, new IdentityRef(id, IdentitySource.Remembered), null);
            return Volatile.Read(ref _identity)!.Id;
        }
        finally
        {
            lock (_gate)
            {
                _resolving = null;
            }
        }
    }
}
