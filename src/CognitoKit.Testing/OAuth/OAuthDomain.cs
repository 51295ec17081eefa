using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using CognitoKit.Testing.Host;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.OAuth;

/// <summary>The state of one emulator's user pool domain: pending sign-ins, codes, domain sessions, scopes and resource servers.</summary>
internal sealed class OAuthDomain
{
    private static readonly ConditionalWeakTable<EmulatorState, OAuthDomain> Domains = new();

    private OAuthDomain(EmulatorState state) => State = state;

    public EmulatorState State { get; }

    public ConcurrentDictionary<string, PendingAuthorization> Pending { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, IssuedCode> Codes { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, HostedSession> Sessions { get; } = new(StringComparer.Ordinal);

    /// <summary>Who signed up on the hosted page of each pending sign-in, awaiting the confirmation code there.</summary>
    public ConcurrentDictionary<string, string> SignUps { get; } = new(StringComparer.Ordinal);

    /// <summary>The scopes granted with each refresh token issued here, so refreshing keeps them.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<string>> RefreshScopes { get; } = new(StringComparer.Ordinal);

    /// <summary>Resource servers per pool: identifier to its scope names.</summary>
    public ConcurrentDictionary<string, ConcurrentDictionary<string, string[]>> ResourceServers { get; } = new(StringComparer.Ordinal);

    public static OAuthDomain For(EmulatorState state) => Domains.GetValue(state, s => new OAuthDomain(s));

    public static string NewOpaque(int bytes = 24) => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(bytes));
}
