using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.Options;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// Where every read of the app client secret goes: the current value of the options monitor, so a secret rotated in
/// configuration takes effect without a restart. The rest of the options stay frozen.
/// </summary>
internal sealed class ClientSecrets
{
    private const string SecretHashRefusal = "Unable to verify secret hash";
    private const string ClientSecretRefusal = "client secret";

    private volatile Pair _secrets;

    /// <summary>
    /// Reads the secrets once now, then again on each change the monitor reports (a configuration reload): mutating
    /// an options object afterwards changes nothing, only a validated reload does.
    /// </summary>
    public ClientSecrets(IOptionsMonitor<CognitoKitOptions> monitor)
        : this(monitor, Microsoft.Extensions.Options.Options.DefaultName)
    {
    }

    /// <summary>The same, for the options of the CognitoKit instance named <paramref name="instanceName"/>.</summary>
    public ClientSecrets(IOptionsMonitor<CognitoKitOptions> monitor, string instanceName)
    {
        _secrets = Pair.From(monitor.Get(instanceName));
        monitor.OnChange((options, name) =>
        {
            if (string.Equals(name ?? string.Empty, instanceName, StringComparison.Ordinal))
            {
                _secrets = Pair.From(options);
            }
        });
    }

    private ClientSecrets(CognitoKitOptions options) => _secrets = Pair.From(options);

    /// <summary>Secrets that never change (for flows built without dependency injection).</summary>
    public static ClientSecrets Fixed(CognitoKitOptions options) => new(options);

    /// <summary>The secret to use first; null when the app client has none.</summary>
    public string? Current => _secrets.Current;

    /// <summary>The secret to try once when Cognito refuses the current one's hash; null when none is configured.</summary>
    public string? Previous => _secrets.Previous;

    /// <summary>
    /// Whether Cognito refused the request because of its <c>SECRET_HASH</c> ("Unable to verify secret hash for client
    /// ...") or its raw <c>ClientSecret</c>, not because of the password, the code, the token or anything else.
    /// </summary>
    public static bool IsSecretRefusal(CognitoException exception) =>
        exception is NotAuthorizedException or UnauthorizedException
        && (exception.Message.Contains(SecretHashRefusal, StringComparison.OrdinalIgnoreCase)
            || exception.Message.Contains(ClientSecretRefusal, StringComparison.OrdinalIgnoreCase));

    /// <summary>The configured secret that was not <paramref name="used"/>, when there is one: the retry after a refused secret.</summary>
    public string? Other(string? used)
    {
        Pair secrets = _secrets;
        if (secrets.Current is null || secrets.Previous is null || used is null)
        {
            return null;
        }

        string other = string.Equals(used, secrets.Current, StringComparison.Ordinal) ? secrets.Previous : secrets.Current;
        return string.Equals(other, used, StringComparison.Ordinal) ? null : other;
    }

    /// <summary>
    /// Sends a request made with the current secret (null when the app client has none); when Cognito refuses that
    /// secret, makes and sends the request once more with the other configured secret. Every call that carries a
    /// <c>SECRET_HASH</c> or a <c>ClientSecret</c> goes through here, so a rotation window never fails a request.
    /// </summary>
    /// <param name="send">Builds and sends the request with the secret it is given.</param>
    public Task<T> SendAsync<T>(Func<string?, Task<T>> send) => SendAsync(Current, send);

    /// <summary>As <see cref="SendAsync{T}(Func{string?, Task{T}})"/>, starting with <paramref name="first"/> (the secret a sign-in already uses).</summary>
    /// <param name="first">The secret to try first.</param>
    /// <param name="send">Builds and sends the request with the secret it is given.</param>
    public async Task<T> SendAsync<T>(string? first, Func<string?, Task<T>> send)
    {
        try
        {
            return await send(first).ConfigureAwait(false);
        }
        catch (CognitoException ex) when (IsSecretRefusal(ex) && Other(first) is { } other)
        {
            // A rotation window: the secret the hash was made with is not (or no longer) the pool's; try the other, once.
            return await send(other).ConfigureAwait(false);
        }
    }

    public override string ToString() => "ClientSecrets { *** }";

    private sealed class Pair
    {
        private Pair(string? current, string? previous)
        {
            Current = current;
            Previous = current is null ? null : previous;
        }

        public string? Current { get; }

        public string? Previous { get; }

        public static Pair From(CognitoKitOptions options) => new(NullIfEmpty(options.ClientSecret), NullIfEmpty(options.PreviousClientSecret));

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
