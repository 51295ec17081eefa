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
    /// ..."), not because of the password, the session or anything else.
    /// </summary>
    public static bool IsSecretHashRefusal(NotAuthorizedException exception) =>
        exception.Message.Contains(SecretHashRefusal, StringComparison.OrdinalIgnoreCase);

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
