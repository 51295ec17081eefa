// A web farm in one process: three app instances, each with its own service provider, ICognitoKit and HttpClients,
// sharing one local Cognito and one Redis. Users sign in on the first instance; once their tokens are due, requests
// hit all three at once, and each session is refreshed once across the farm. Then one user signs out everywhere on the
// first instance, and the sample shows every instance (and one started afterwards) refusing that user's access token.
//
//   dotnet run --project samples/CognitoKit.WebFarm                      (starts redis-server on a free port)
//   dotnet run --project samples/CognitoKit.WebFarm -- --redis 127.0.0.1:6379
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using CognitoKit;
using CognitoKit.Testing;
using CognitoKit.Tokens;
using CognitoKit.WebFarm;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

const int Instances = 3;
const int Users = 20;
const string Password = "Corr3ct-Horse!";

string? redisConfiguration = args.SkipWhile(a => a != "--redis").Skip(1).FirstOrDefault();
Process? redisProcess = null;
string? redisDirectory = null;
if (redisConfiguration is null)
{
    int port = FreePort();
    redisDirectory = Directory.CreateTempSubdirectory("webfarm-redis-").FullName;
    var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
    foreach (string argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", redisDirectory, "--save", "", "--appendonly", "no" })
    {
        start.ArgumentList.Add(argument);
    }

    redisProcess = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start (install Debian's redis-server, or pass --redis host:port).");
    redisConfiguration = $"127.0.0.1:{port}";
    Console.WriteLine($"started redis-server (pid {redisProcess.Id}) on {redisConfiguration}");
}

var clock = new SampleClock();
try
{
    await using CognitoEmulator emulator = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { TimeProvider = clock });
    EmulatedUserPool pool = await emulator.CreateUserPoolAsync("web-farm");
    EmulatedUserPoolClient client = await pool.CreateClientAsync(configure: body =>
        body["RefreshTokenRotation"] = new JsonObject { ["Feature"] = "ENABLED", ["RetryGracePeriodSeconds"] = 0 });
    string[] users = Enumerable.Range(1, Users).Select(i => $"user{i:00}").ToArray();
    foreach (string user in users)
    {
        await pool.AddUserAsync(user, Password, new Dictionary<string, string> { ["email"] = user + "@example.com" });
    }

    await using ConnectionMultiplexer keyRing = await ConnectionMultiplexer.ConnectAsync(redisConfiguration + ",abortConnect=false");
    var counters = new RefreshCounter[Instances];
    var providers = new ServiceProvider[Instances];
    for (int i = 0; i < Instances; i++)
    {
        providers[i] = await StartInstanceAsync(counters[i] = new RefreshCounter());
    }

    ICognitoKit[] farm = providers.Select(p => p.GetRequiredService<ICognitoKit>()).ToArray();
    foreach (string user in users)
    {
        SignedIn signedIn = (SignedIn)await farm[0].SignIn(user, Password).SendAsync();
        await farm[0].Sessions.SaveAsync(user, signedIn.Session);
    }

    Console.WriteLine($"{Users} users signed in on instance 1; their sessions are in Redis, encrypted.");
    clock.Advance(TimeSpan.FromMinutes(61));
    Console.WriteLine("an hour later every session is due; 30 requests per user arrive at once, spread over the instances...");
    await Task.WhenAll(Enumerable.Range(0, Users * 30).Select(n => Task.Run(async () =>
    {
        ICognitoKit instance = farm[n % Instances];
        CognitoSession session = (await instance.Sessions.GetAsync(users[n % Users]))!;
        await session.GetValidTokensAsync();
    })));

    for (int i = 0; i < Instances; i++)
    {
        Console.WriteLine($"instance {i + 1}: {counters[i].Count} refreshes sent to Cognito");
    }

    int total = emulator.Requests.Count("GetTokensFromRefreshToken");
    Console.WriteLine($"Cognito received {total} refreshes for {Users} due sessions");

    // Revocation: user01 signs out everywhere on instance 1; every instance's validator refuses the token from then on.
    CognitoSession signingOut = (await farm[0].Sessions.GetAsync(users[0]))!;
    string revokedToken = (await signingOut.GetValidTokensAsync()).AccessToken;
    await farm[0].Account(signingOut).SignOutEverywhereAsync();
    var sinceSignOut = Stopwatch.StartNew();
    bool revokedEverywhere = true;
    for (int i = 0; i < Instances; i++)
    {
        TokenRejectionReason? reason = null;
        while (reason is null && sinceSignOut.Elapsed < TimeSpan.FromSeconds(5))
        {
            reason = (await farm[i].Tokens.ValidateAsync(revokedToken, CognitoTokenUse.Access)).RejectionReason;
        }

        revokedEverywhere &= reason == TokenRejectionReason.Revoked;
        Console.WriteLine($"instance {i + 1}: {users[0]}'s access token {(reason is null ? "still accepted" : $"rejected ({reason})")} {sinceSignOut.ElapsedMilliseconds} ms after the sign-out");
    }

    // An instance that starts later reads the current revocations from Redis before it serves anything.
    await using ServiceProvider late = await StartInstanceAsync(new RefreshCounter());
    TokenRejectionReason? lateReason = (await late.GetRequiredService<ICognitoKit>().Tokens.ValidateAsync(revokedToken, CognitoTokenUse.Access)).RejectionReason;
    revokedEverywhere &= lateReason == TokenRejectionReason.Revoked;
    Console.WriteLine($"instance {Instances + 1}, started after the sign-out: the token is {(lateReason is null ? "accepted" : $"rejected ({lateReason})")}");
    foreach (ServiceProvider provider in providers)
    {
        await provider.DisposeAsync();
    }

    bool pass = total == Users && revokedEverywhere;
    Console.WriteLine(pass ? "PASS: one refresh per session across the farm, and the sign-out reached every instance" : "FAIL: expected one refresh per session and the sign-out on every instance");
    return pass ? 0 : 1;

    // One app instance: its own service provider, started as a host would start it (hosted services included).
    async Task<ServiceProvider> StartInstanceAsync(RefreshCounter counter)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        // One key ring and application name for the whole farm, kept in the same Redis.
        services.AddDataProtection().SetApplicationName("web-farm-sample").PersistKeysToStackExchangeRedis(keyRing, "web-farm-sample:dp-keys");
        services.AddCognitoKit(o =>
            {
                o.UserPoolId = pool.Id;
                o.ClientId = client.ClientId;
                o.UserPoolEndpoint = emulator.Endpoint;
                o.RefreshTokenRotation = true;
            })
            .AddRedisSessions(o =>
            {
                o.Configuration = redisConfiguration;
                o.InstanceName = "web-farm-sample";
            })
            .ConfigureHttpClient(http => http.AddHttpMessageHandler(counter.CreateHandler));
        ServiceProvider provider = services.BuildServiceProvider();
        foreach (IHostedService hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None); // shares revocations: reads the current ones, then listens
        }

        return provider;
    }
}
finally
{
    if (redisProcess is not null)
    {
        redisProcess.Kill();
        await redisProcess.WaitForExitAsync();
        Directory.Delete(redisDirectory!, recursive: true);
    }
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
