using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CognitoKit.Testing;

namespace CognitoKit.Emulator;

/// <summary>The command line of <c>cognito-emulator</c>, read strictly: an unknown option or a bad value is an error naming it.</summary>
internal sealed partial record EmulatorArguments
{
    public const int DefaultPort = 9229;
    public const string DefaultRegion = "us-east-1";

    public int Port { get; init; } = DefaultPort;

    public IPAddress Host { get; init; } = IPAddress.Loopback;

    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    public string Region { get; init; } = DefaultRegion;

    public string? SeedFile { get; init; }

    public string? DataDirectory { get; init; }

    public TimeSpan ClockOffset { get; init; }

    public Uri? LambdaEndpoint { get; init; }

    public int RequestLogCapacity { get; init; } = EmulatorRequestLog.DefaultCapacity;

    public int InboxCapacity { get; init; } = EmulatorInbox.DefaultCapacity;

    public bool Help { get; init; }

    public bool Version { get; init; }

    public static string Usage => $"""
        cognito-emulator: a local Amazon Cognito (user pools, identity pools, STS) speaking Cognito's wire protocol.

        Usage: cognito-emulator [options]

        Options:
          --port <PORT>             The TCP port; 0 picks a free one. Default: {DefaultPort}.
          --host <ADDRESS>          The IP address to listen on. Default: 127.0.0.1 (this machine only). Another address,
                                    such as 0.0.0.0 in a container, must be given explicitly.
          --allowed-host <NAME>     A host name clients may use besides localhost and IP addresses, such as a container's
                                    service name; repeat for several. Default: none (other names are refused, against
                                    DNS rebinding).
          --region <REGION>         The region in pool ids and ARNs. Default: {DefaultRegion}.
          --seed <FILE>             A JSON seed file: user pools, app clients, users, groups, MFA, resource servers and
                                    identity pools to create at start. Default: none (start empty).
          --data <DIR>              A directory to keep the emulator's state in across restarts. Default: none (memory only).
          --clock-offset <OFFSET>   Shifts the emulator's clock: +2h, -30m, 90s, 1d, or a TimeSpan such as -01:30:00.
                                    Default: 0.
          --lambda-endpoint <URL>   Where the pools' Lambda triggers answer as webhooks: a LambdaConfig function named
                                    preSignUp is POSTed its event at <URL>preSignUp. Default: the
                                    COGNITOKIT_LAMBDA_ENDPOINT environment variable, else triggers by ARN are not called.
          --request-log-capacity <N>  How many requests the debug API's request log keeps; older ones are dropped, the
                                    counts go on. 0 keeps none. Default: {EmulatorRequestLog.DefaultCapacity}.
          --inbox-capacity <N>      How many sent messages (codes) the inbox keeps. 0 keeps none. Default: {EmulatorInbox.DefaultCapacity}.
          --version                 Prints the version and exits.
          -h, --help                Prints this help and exits.

        Prints one line "CognitoKit emulator listening on <endpoint> ..." once it accepts requests; stops on Ctrl+C or
        SIGTERM with exit code 0. Exit codes: 0 stopped normally, 1 could not start (bad seed file, port in use),
        2 bad command line.
        """;

    /// <summary>Reads <paramref name="args"/>; throws <see cref="UsageException"/> naming the option at fault.</summary>
    public static EmulatorArguments Parse(IReadOnlyList<string> args)
    {
        var result = new EmulatorArguments();
        var allowed = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var (option, inline) = Split(args[i]);
            if (option is "-h" or "--help")
            {
                result = result with { Help = true };
                continue;
            }

            if (option == "--version")
            {
                result = result with { Version = true };
                continue;
            }

            if (option is not ("--port" or "--host" or "--allowed-host" or "--region" or "--seed" or "--data" or "--clock-offset" or "--lambda-endpoint" or "--request-log-capacity" or "--inbox-capacity"))
            {
                throw new UsageException(option.StartsWith('-')
                    ? $"unknown option '{option}'. Run cognito-emulator --help for the options."
                    : $"unexpected argument '{option}': options take the form --name value. Run cognito-emulator --help for the options.");
            }

            if (option != "--allowed-host" && !seen.Add(option))
            {
                throw new UsageException($"option '{option}' is given twice.");
            }

            var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"option '{option}' needs a value."));
            result = option switch
            {
                "--port" => result with { Port = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535 ? port : throw Bad(option, value, "a port number from 0 to 65535") },
                "--host" => result with { Host = ParseHost(option, value) },
                "--region" => result with { Region = RegionPattern().IsMatch(value) ? value : throw Bad(option, value, "a region such as us-east-1") },
                "--seed" => result with { SeedFile = value.Length > 0 ? value : throw Bad(option, value, "a file path") },
                "--data" => result with { DataDirectory = value.Length > 0 ? value : throw Bad(option, value, "a directory path") },
                "--clock-offset" => result with { ClockOffset = CognitoKit.Emulator.ClockOffset.TryParse(value, out var offset) ? offset : throw Bad(option, value, "an offset such as +2h, -30m, 90s, 1d or -01:30:00") },
                "--lambda-endpoint" => result with { LambdaEndpoint = Uri.TryCreate(value, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https" ? endpoint : throw Bad(option, value, "an absolute http:// or https:// URL") },
                "--request-log-capacity" => result with { RequestLogCapacity = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var capacity) ? capacity : throw Bad(option, value, "a whole number, 0 or more") },
                "--inbox-capacity" => result with { InboxCapacity = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var messages) ? messages : throw Bad(option, value, "a whole number, 0 or more") },
                _ => result,
            };
            if (option == "--allowed-host")
            {
                allowed.Add(HostNamePattern().IsMatch(value) ? value : throw Bad(option, value, "a host name such as cognito"));
            }
        }

        return result with { AllowedHosts = allowed };
    }

    private static (string Option, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static IPAddress ParseHost(string option, string value)
    {
        if (string.Equals(value, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        var literal = value.StartsWith('[') && value.EndsWith(']') ? value[1..^1] : value;
        return IPAddress.TryParse(literal, out var address) && (literal.Contains(':', StringComparison.Ordinal) || literal.Count(c => c == '.') == 3)
            ? address
            : throw Bad(option, value, "an IP address such as 127.0.0.1, 0.0.0.0 or ::1 (or localhost)");
    }

    private static UsageException Bad(string option, string value, string expected)
    {
        // Shortened: a stray paste must not flood the terminal.
        var shown = value.Length > 80 ? value[..80] + "..." : value;
        return new UsageException($"option '{option}' has the invalid value '{shown}'; expected {expected}.");
    }

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex HostNamePattern();
}
