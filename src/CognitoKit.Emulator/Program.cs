using System.Reflection;
using System.Runtime.InteropServices;
using CognitoKit.Testing;

namespace CognitoKit.Emulator;

/// <summary>
/// <c>cognito-emulator</c>, the standalone host: reads its options (see <see cref="EmulatorArguments.Usage"/>), starts the
/// emulator, prints one ready line with the endpoint and runs until Ctrl+C or SIGTERM, then exits 0.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        EmulatorArguments arguments;
        try
        {
            arguments = EmulatorArguments.Parse(args);
        }
        catch (UsageException error)
        {
            Console.Error.WriteLine("cognito-emulator: " + error.Message);
            return 2;
        }

        if (arguments.Help)
        {
            Console.WriteLine(EmulatorArguments.Usage);
            return 0;
        }

        if (arguments.Version)
        {
            Console.WriteLine(typeof(EmulatorArguments).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return 0;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        CognitoEmulator cognito;
        CognitoEmulatorSeed? seed = null;
        try
        {
            seed = arguments.SeedFile is { } file ? CognitoEmulatorSeed.Load(file) : null;
            cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions
            {
                Port = arguments.Port,
                Region = arguments.Region,
                ListenAddress = arguments.Host,
                AllowedHostNames = arguments.AllowedHosts,
                DataDirectory = arguments.DataDirectory,
                Seed = seed,
                LambdaEndpoint = arguments.LambdaEndpoint,
                RequestLogCapacity = arguments.RequestLogCapacity,
                InboxCapacity = arguments.InboxCapacity,
                TimeProvider = arguments.ClockOffset == TimeSpan.Zero ? TimeProvider.System : new OffsetTimeProvider(TimeProvider.System, arguments.ClockOffset),
            }, stop.Token);
        }
        catch (CognitoEmulatorSeedException error)
        {
            Console.Error.WriteLine("cognito-emulator: " + error.Message);
            return 1;
        }
        catch (CognitoEmulatorDataException error)
        {
            // The data directory is in use, of another format version, or damaged: never start empty in its place.
            Console.Error.WriteLine("cognito-emulator: " + error.Message);
            return 1;
        }
        catch (IOException error)
        {
            // Kestrel reports a taken port as an IOException (AddressInUseException).
            Console.Error.WriteLine($"cognito-emulator: cannot listen on {arguments.Host} port {arguments.Port}: {error.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }

        await using (cognito)
        {
            var details = "region " + cognito.Region
                + (seed is null ? string.Empty : "; " + seed)
                + (arguments.ClockOffset == TimeSpan.Zero ? string.Empty : "; clock offset " + arguments.ClockOffset.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
            Console.WriteLine($"CognitoKit emulator listening on {cognito.Endpoint.AbsoluteUri.TrimEnd('/')} ({details}); Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("Stopping.");
            }
        }

        return 0;
    }
}
