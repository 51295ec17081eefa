// Runs the whole story in one process: a local Cognito (the emulator), an API protected by AddCognito, and a client
// that signs a user in and calls the API through an HttpClient that carries the user's access token.
// dotnet run --project samples/CognitoKit.ApiSample   (exits 0 when every answer is the expected one)
using System.Net;
using CognitoKit;
using CognitoKit.ApiSample;
using CognitoKit.AspNetCore;
using CognitoKit.Testing;

const string Password = "Corr3ct-Horse!";

await using CognitoEmulator emulator = await CognitoEmulator.StartAsync();
EmulatedUserPool pool = await emulator.CreateUserPoolAsync("sample-pool");
EmulatedUserPoolClient webClient = await pool.CreateClientAsync("web");
await pool.CreateGroupAsync("admins");
await pool.AddUserAsync("alice", Password, new Dictionary<string, string> { ["email"] = "alice@example.com" });
await pool.AddUserToGroupAsync("alice", "admins");
Console.WriteLine($"Emulator: {emulator.Endpoint} pool {pool.Id}, client {webClient.ClientId}");

(WebApplication api, Uri apiAddress) = await OrdersApi.StartAsync(pool.Id, pool.Issuer, webClient.ClientId);
Console.WriteLine($"API:      {apiAddress}");

// The client app: CognitoKit to sign in, and an HttpClient that sends the session's token.
var services = new ServiceCollection();
services.AddCognitoKit(o =>
{
    o.UserPoolId = pool.Id;
    o.ClientId = webClient.ClientId;
    o.UserPoolEndpoint = emulator.Endpoint;
});
services.AddFixedCognitoSession();
services.AddHttpClient("orders", http => http.BaseAddress = apiAddress).AddCognitoAccessToken();
await using ServiceProvider client = services.BuildServiceProvider();

SignInStep step = await client.GetRequiredService<ICognitoKit>().SignIn("alice", Password).SendAsync(CancellationToken.None);
if (step is not SignedIn signedIn)
{
    Console.WriteLine($"Sign-in stopped at {step.GetType().Name}");
    return 1;
}

client.GetRequiredService<FixedCognitoSessionAccessor>().Session = signedIn.Session;
Console.WriteLine($"Signed in as {signedIn.Session.Username}");

HttpClient orders = client.GetRequiredService<IHttpClientFactory>().CreateClient("orders");
var failures = 0;
failures += await ShowAsync("GET /me (token)             ", orders, "me", HttpStatusCode.OK);
failures += await ShowAsync("GET /orders (group admins)  ", orders, "orders", HttpStatusCode.OK);
failures += await ShowAsync("GET /reports (scope missing)", orders, "reports", HttpStatusCode.Forbidden);
using (var anonymous = new HttpClient { BaseAddress = apiAddress })
{
    failures += await ShowAsync("GET /me (no token)          ", anonymous, "me", HttpStatusCode.Unauthorized);
}

await api.StopAsync();
await api.DisposeAsync();
Console.WriteLine(failures == 0 ? "All answers as expected." : $"{failures} unexpected answer(s).");
return failures == 0 ? 0 : 1;

static async Task<int> ShowAsync(string label, HttpClient http, string path, HttpStatusCode expected)
{
    using HttpResponseMessage response = await http.GetAsync(new Uri(path, UriKind.Relative));
    string body = await response.Content.ReadAsStringAsync();
    string challenge = string.Join(", ", response.Headers.WwwAuthenticate);
    Console.WriteLine($"{label} -> {(int)response.StatusCode} {body}{(challenge.Length > 0 ? $"  [WWW-Authenticate: {challenge}]" : string.Empty)}");
    return response.StatusCode == expected ? 0 : 1;
}
