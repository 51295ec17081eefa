using CognitoKit.WebSample;

// Listens where ASPNETCORE_URLS / --urls say (default http://localhost:5080). Signs in through the user pool domain
// configured in CognitoKit:HostedUI, or, only with --emulator, through a local emulator with a demo user (see the console).
await using RunningWebSample sample = await WebSampleHost.StartAsync(args);
Console.WriteLine($"CognitoKit web sample on {sample.Address}");
if (sample.Emulator is not null)
{
    Console.WriteLine($"Emulated user pool domain on {sample.Emulator.Endpoint}; sign in as {WebSampleHost.DemoUsername} / {WebSampleHost.DemoPassword}");
}

await sample.App.WaitForShutdownAsync();
