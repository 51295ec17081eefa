using CognitoKit.Tokens.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoKit.Tokens.Revocation;

/// <summary>
/// Turns the façade's sign-outs into revocations: records each in the local <see cref="ICognitoRevocationList"/> at once,
/// then hands it to every <see cref="ICognitoRevocationPublisher"/>. Called only after Cognito accepted the sign-out.
/// </summary>
internal sealed class CognitoRevocationRecorder
{
    // The largest clock skew a validator may allow: an entry outlives its tokens by this much, whatever the validator.
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private readonly ICognitoRevocationList _list;
    private readonly ICognitoRevocationPublisher[] _publishers;
    private readonly IReadOnlyList<string> _poolIssuers;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public CognitoRevocationRecorder(
        ICognitoRevocationList list, IEnumerable<ICognitoRevocationPublisher> publishers, IReadOnlyList<string> poolIssuers, TimeProvider time, ILogger? logger)
    {
        _list = list;
        _publishers = [.. publishers];
        _poolIssuers = poolIssuers;
        _time = time;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Revokes the sign-in <paramref name="tokens"/> descend from (their <c>origin_jti</c>).</summary>
    public Task RevokeSignInAsync(CognitoTokens tokens, CancellationToken cancellationToken)
    {
        string? origin = UnverifiedJwtReader.ReadString(tokens.AccessToken, "origin_jti") ?? UnverifiedJwtReader.ReadString(tokens.IdToken, "origin_jti");
        if (origin is null)
        {
            RevocationLog.NoOrigin(_logger);
            return Task.CompletedTask;
        }

        // Every token of this sign-in came from the same app client, so none lives longer than these did; a sibling
        // refreshed elsewhere just before the sign-out can expire up to one lifetime from now.
        DateTimeOffset now = _time.GetUtcNow();
        DateTimeOffset latestExp = tokens.IdTokenExpiresAt > tokens.AccessTokenExpiresAt ? tokens.IdTokenExpiresAt : tokens.AccessTokenExpiresAt;
        TimeSpan lifetime = IssuedAt(tokens) is { } issued && latestExp > issued && latestExp - issued <= CognitoRevocation.MaxTokenLifetime
            ? latestExp - issued
            : CognitoRevocation.MaxTokenLifetime;
        DateTimeOffset until = (now + lifetime > latestExp ? now + lifetime : latestExp) + MaxClockSkew;
        return RecordAsync(IssuersOf(tokens), issuer => CognitoRevocation.ForOrigin(issuer, origin, now, until), cancellationToken);
    }

    /// <summary>Revokes every token the user of <paramref name="tokens"/> holds now (global sign-out, deletion).</summary>
    public Task RevokeUserAsync(CognitoTokens tokens, CancellationToken cancellationToken)
    {
        string? sub = UnverifiedJwtReader.ReadString(tokens.AccessToken, "sub") ?? UnverifiedJwtReader.ReadString(tokens.IdToken, "sub");
        return sub is null ? Task.CompletedTask : RevokeUserAsync(sub, IssuersOf(tokens), cancellationToken);
    }

    /// <summary>Revokes every token user <paramref name="sub"/> of this pool holds now (admin sign-out, admin deletion).</summary>
    public Task RevokeUserAsync(string sub, CancellationToken cancellationToken) => RevokeUserAsync(sub, _poolIssuers, cancellationToken);

    private Task RevokeUserAsync(string sub, IReadOnlyList<string> issuers, CancellationToken cancellationToken)
    {
        DateTimeOffset now = _time.GetUtcNow();
        DateTimeOffset until = now + CognitoRevocation.MaxTokenLifetime + MaxClockSkew;
        return RecordAsync(issuers, issuer => CognitoRevocation.ForSubject(issuer, sub, now, until), cancellationToken);
    }

    private async Task RecordAsync(IReadOnlyList<string> issuers, Func<string, CognitoRevocation> entry, CancellationToken cancellationToken)
    {
        var revocations = new List<CognitoRevocation>(issuers.Count);
        foreach (string issuer in issuers)
        {
            CognitoRevocation revocation = entry(issuer);
            _list.Add(revocation);
            RevocationLog.Recorded(_logger, revocation.Kind, revocation.Issuer, revocation.ExpiresAt);
            revocations.Add(revocation);
        }

        foreach (ICognitoRevocationPublisher publisher in _publishers)
        {
            foreach (CognitoRevocation revocation in revocations)
            {
                await publisher.PublishAsync(revocation, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // The pool's issuers (both of Cognito's forms when the pool is named by id) and the one the tokens carry.
    private IReadOnlyList<string> IssuersOf(CognitoTokens tokens)
    {
        string? carried = UnverifiedJwtReader.ReadString(tokens.AccessToken, "iss") ?? UnverifiedJwtReader.ReadString(tokens.IdToken, "iss");
        return carried is null || _poolIssuers.Contains(carried, StringComparer.Ordinal) ? _poolIssuers : [.. _poolIssuers, carried];
    }

    private static DateTimeOffset? IssuedAt(CognitoTokens tokens) =>
        UnverifiedJwtReader.ReadInteger(tokens.AccessToken, "iat") is { } iat && iat >= 0 && iat <= 253_402_300_799
            ? DateTimeOffset.FromUnixTimeSeconds(iat)
            : tokens.IssuedAt;
}
