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

    private readonly IOptionsMonitor<CognitoKitOptions>? _monitor;
    private readonly CognitoKitOptions? _fixed;

    public ClientSecrets(IOptionsMonitor<CognitoKitOptions> monitor) => _monitor = monitor;

    private ClientSecrets(CognitoKitOptions options) => _fixed = options;

    /// <summary>Secrets that never change (for flows built without dependency injection).</summary>
    public static ClientSecrets Fixed(CognitoKitOptions options) => new(options);

    private CognitoKitOptions Options => _fixed ?? _monitor!.CurrentValue;

    /// <summary>The secret to use first; null when the app client has none.</summary>
    public string? Current => NullIfEmpty(Options.ClientSecret);

    /// <summary>The secret to try once when Cognito refuses the current one's hash; null when none is configured.</summary>
    public string? Previous
    {
        get
        {
            CognitoKitOptions options = Options;
            return NullIfEmpty(options.ClientSecret) is null ? null : NullIfEmpty(options.PreviousClientSecret);
        }
    }

    /// <summary>
    /// Whether Cognito refused the request because of its <c>SECRET_HASH</c> ("Unable to verify secret hash for client
    /// ..."), not because of the password, the session or anything else.
    /// </summary>
    public static bool IsSecretHashRefusal(NotAuthorizedException exception) =>
        exception.Message.Contains(SecretHashRefusal, StringComparison.OrdinalIgnoreCase);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    public override string ToString() => "ClientSecrets { *** }";
}
