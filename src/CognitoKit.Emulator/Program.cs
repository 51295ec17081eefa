using System.Globalization;
using CognitoKit.Testing;

// The standalone host: `dotnet run --project src/CognitoKit.Emulator -- --port 9229 [--region eu-west-1]`.
// Prints the endpoint once it accepts requests and stops on Ctrl+C or SIGTERM.
var port = 0;
var region = "us-east-1";
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

await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { Port = port, Region = region });
Console.WriteLine($"CognitoKit emulator listening on {cognito.Endpoint.AbsoluteUri.TrimEnd('/')} (region {region}); Ctrl+C to stop.");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine("Stopping.");
}
