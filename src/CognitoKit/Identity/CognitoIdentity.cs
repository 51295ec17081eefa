using CognitoKit.Diagnostics;
using CognitoKit.Hosted;
using CognitoKit.Protocol.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.Identity;

/// <summary>The <see cref="ICognitoIdentity"/> behind <c>cognito.Identity</c>.</summary>
/// <remarks>A missing identity pool id is reported when credentials are asked for, not when the app starts: apps that
/// never use identity pools need not configure one.</remarks>
internal sealed class CognitoIdentity : ICognitoIdentity
{
    private readonly Lazy<IdentityCredentialsProvider> _provider;
    private readonly AwsClock _clock;

    public CognitoIdentity(
        IOptions<CognitoKitOptions> options,
        IIdentityPoolsClient client,
        ICognitoIdentityIdStore store,
        IWebIdentityRoleAssumer sts,
        TimeProvider time,
        ILoggerFactory? loggerFactory = null,
        CognitoKitMetrics? metrics = null,
        CognitoKit.Events.CognitoKitEventHub? events = null)
    {
        ILogger logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("CognitoKit.Identity");
        _clock = new AwsClock(time);

        // Not cached on failure, so the clear configuration error repeats on every call rather than a wrapped one.
        _provider = new Lazy<IdentityCredentialsProvider>(
            () => new IdentityCredentialsProvider(IdentitySettings.From(options.Value), client, store, sts, logger)
            {
                Metrics = metrics ?? CognitoKitMetrics.Shared,
                Events = events ?? CognitoKit.Events.CognitoKitEventHub.None,
            },
            LazyThreadSafetyMode.PublicationOnly);
    }

    public CognitoAWSCredentials ForSession(CognitoSession session, string? guestIdentityId = null, string? customRoleArn = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        CheckIdentityId(guestIdentityId, nameof(guestIdentityId));
        if (customRoleArn is not null)
        {
            CheckRoleArn(customRoleArn, nameof(customRoleArn));
        }

        IdentityRef? guest = guestIdentityId is null ? null : new IdentityRef(guestIdentityId, IdentitySource.GuestToLink);
        return new CognitoAWSCredentials(_provider.Value, session, guest, customRoleArn, _clock);
    }

    public CognitoAWSCredentials ForLogins(IdentityLogins logins, CognitoSession? session = null, string? customRoleArn = null)
    {
        ArgumentNullException.ThrowIfNull(logins);
        if (logins.Logins.Count == 0 && session is null)
        {
            throw new ArgumentException("Give at least one provider token (such as IdentityLogins.Empty.WithGoogle(idToken)), or a session; for a guest use ForGuest.", nameof(logins));
        }

        return ForExternal(ExternalLoginsSource.Fixed(logins), session, customRoleArn);
    }

    public CognitoAWSCredentials ForLogins(Func<CancellationToken, ValueTask<IdentityLogins>> logins, CognitoSession? session = null, string? customRoleArn = null)
    {
        ArgumentNullException.ThrowIfNull(logins);
        return ForExternal(ExternalLoginsSource.From(logins), session, customRoleArn);
    }

    public CognitoAWSCredentials ForGuest(string? identityId = null)
    {
        CheckIdentityId(identityId, nameof(identityId));
        IdentityRef? known = identityId is null ? null : new IdentityRef(identityId, IdentitySource.Explicit);
        return new CognitoAWSCredentials(_provider.Value, session: null, known, customRoleArn: null, _clock);
    }

    public CognitoAWSCredentials ForNewGuest() =>
        new(_provider.Value, session: null, identity: null, customRoleArn: null, _clock, ownGuest: true);

    public async Task<CognitoRoleCredentials> AssumeRoleWithWebIdentityAsync(CognitoSession session, string roleArn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        CheckRoleArn(roleArn, nameof(roleArn));
        IdentityCredentialsProvider provider = _provider.Value;
        return await provider.ExchangeAsync("basic", guest: false, async () =>
        {
            IdentityLogin login = await provider.LoginOfAsync(session, cancellationToken).ConfigureAwait(false);
            CognitoRoleCredentials role = await provider.AssumeRoleAsync(login, known: null, roleArn, cancellationToken).ConfigureAwait(false);
            await provider.Events.CredentialsRenewedAsync(session, role.IdentityId, role.Expiration).ConfigureAwait(false);
            return role;
        }).ConfigureAwait(false);
    }

    public async Task<CognitoRoleCredentials> AssumeGuestRoleWithWebIdentityAsync(string roleArn, string? identityId = null, CancellationToken cancellationToken = default)
    {
        CheckRoleArn(roleArn, nameof(roleArn));
        CheckIdentityId(identityId, nameof(identityId));
        IdentityCredentialsProvider provider = _provider.Value;
        return await provider.ExchangeAsync("basic", guest: true, async () =>
        {
            IdentityLogin login = await provider.LoginOfAsync(null, cancellationToken).ConfigureAwait(false);
            IdentityRef? known = identityId is null ? null : new IdentityRef(identityId, IdentitySource.Explicit);
            return await provider.AssumeRoleAsync(login, known, roleArn, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private CognitoAWSCredentials ForExternal(ExternalLoginsSource external, CognitoSession? session, string? customRoleArn)
    {
        if (customRoleArn is not null)
        {
            CheckRoleArn(customRoleArn, nameof(customRoleArn));
        }

        return new CognitoAWSCredentials(_provider.Value, session, identity: null, customRoleArn, _clock, external);
    }

    private static void CheckIdentityId(string? identityId, string parameter)
    {
        if (identityId is null)
        {
            return;
        }

        int colon = identityId.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == identityId.Length - 1 || identityId.Length > 55 || identityId.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("An identity id has the form '{region}:{guid}', such as 'us-east-1:7f1c0e2a-0000-4000-8000-123456789012'.", parameter);
        }
    }

    private static void CheckRoleArn(string roleArn, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(roleArn, parameter);
        string[] parts = roleArn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "iam" || !parts[5].StartsWith("role/", StringComparison.Ordinal) || parts[5].Length <= "role/".Length)
        {
            throw new ArgumentException("A role ARN has the form 'arn:aws:iam::{account}:role/{name}', such as 'arn:aws:iam::123456789012:role/app-users'.", parameter);
        }
    }
}
