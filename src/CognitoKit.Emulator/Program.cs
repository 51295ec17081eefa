using System.Globalization;
using CognitoKit.Testing;

// The standalone host: `dotnet run --project src/CognitoKit.Emulator -- --port 9229 [--region eu-west-1] [--data DIR]`.
// Prints the endpoint once it accepts requests and stops on Ctrl+C or SIGTERM.
var port = 0;
var region = "us-east-1";
string? dataDirectory = null;
for (var i = 0; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--port":
            port = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--region":
            region = args[i + 1];
            break;
        case "--data":
            dataDirectory = args[i + 1];
            break;
    }
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

CognitoEmulator cognito;
try
{
    cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { Port = port, Region = region, DataDirectory = dataDirectory });
}
catch (CognitoEmulatorDataException error)
{
    await Console.Error.WriteLineAsync(error.Message);
    return 2;
}

await using var running = cognito;
Console.WriteLine($"CognitoKit emulator listening on {cognito.Endpoint.AbsoluteUri.TrimEnd('/')} (region {region}); Ctrl+C to stop.");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine("Stopping.");
}

return 0;
