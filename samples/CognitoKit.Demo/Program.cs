using CognitoKit.Demo;
using Microsoft.Extensions.Configuration;

// With no user pool configured, the demo starts a local Cognito emulator and needs no AWS account.
// Set CognitoKit:UserPoolId (COGNITOKIT__USERPOOLID) and the rest to run the same story against real Cognito.
// With --trace, CognitoKit's spans are printed on the console as they end.
using OpenTelemetry.Trace.TracerProvider? tracing = DemoTracing.StartIfRequested(args);
IConfiguration configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .Build();

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

Console.OutputEncoding = System.Text.Encoding.UTF8;
DemoReport report = await DemoRunner.RunAsync(configuration, Console.Out, Console.In, cancellation.Token);
return report.ExitCode;
