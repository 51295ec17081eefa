using StackExchange.Redis;

namespace CognitoKit.StackExchangeRedis;

/// <summary>
/// How CognitoKit keeps sessions, devices and identity ids in Redis and coordinates refreshes across a web farm. Set
/// with <c>services.AddCognitoKit(...).AddRedisSessions(o =&gt; o.Configuration = "127.0.0.1:6379")</c>.
/// </summary>
public sealed class RedisSessionOptions
{
    /// <summary>The StackExchange.Redis configuration string, such as <c>127.0.0.1:6379,password=...,ssl=true</c>. Ignored when <see cref="ConnectionMultiplexerFactory"/> is set.</summary>
    public string? Configuration { get; set; }

    /// <summary>Returns the connection to use (an app's existing <see cref="IConnectionMultiplexer"/>); called once, on first use.</summary>
    public Func<Task<IConnectionMultiplexer>>? ConnectionMultiplexerFactory { get; set; }

    /// <summary>The first part of every key and channel name, per app sharing the Redis. Default <c>cognitokit</c>; the user pool id and app client id follow it.</summary>
    public string InstanceName { get; set; } = "cognitokit";

    /// <summary>How long a stored session, device or identity id lives without being written again: the app client's refresh-token lifetime. Default 30 days (Cognito's default).</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long an instance holds the refresh lease of a session at most; after it, another instance may take over (a crashed leaseholder). Default 10 seconds.</summary>
    public TimeSpan RefreshLeaseTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a caller waits for another instance's refresh of the same session before giving up with <see cref="CognitoSessionStoreUnavailableException"/>. Default 30 seconds.</summary>
    public TimeSpan RefreshWaitTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a waiting instance reads Redis again when no notification arrived (the fallback to pub/sub). Default 100 milliseconds.</summary>
    public TimeSpan RefreshPollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long an instance serves a session from its own memory without reading Redis (never past the access token's expiry; changes made by other instances are announced on a channel and drop the copy at once). Default 1 minute; zero reads Redis every time.</summary>
    public TimeSpan LocalCacheDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether remembered devices are kept in Redis too (registers an <see cref="ICognitoDeviceKeeper"/>). Default false: devices are best kept on the end user's device.</summary>
    public bool KeepDevices { get; set; }

    /// <summary>Whether identity ids are kept in Redis too (registers the <see cref="ICognitoIdentityIdStore"/>). Default true.</summary>
    public bool KeepIdentityIds { get; set; } = true;

    /// <summary>Whether revocations (sign-out, revoke, global sign-out, deletion) are shared with the other instances through
    /// Redis, so every instance's token validator refuses the revoked tokens (<see cref="CognitoKit.Tokens.TokenRejectionReason.Revoked"/>).
    /// Registers an <see cref="CognitoKit.Tokens.ICognitoRevocationPublisher"/> and a hosted service that reads the current
    /// revocations at start and receives new ones. Default true.</summary>
    public bool ShareRevocations { get; set; } = true;
}
