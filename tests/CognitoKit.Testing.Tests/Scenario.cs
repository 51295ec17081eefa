using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.Testing.Tests;

/// <summary>One emulator with a fake clock, a pool, a client and a raw wire caller.</summary>
internal sealed class Scenario : IAsyncDisposable
{
    private Scenario(CognitoEmulator cognito, FakeTimeProvider clock, EmulatedUserPool pool, EmulatedUserPoolClient client)
    {
        Cognito = cognito;
        Clock = clock;
        Pool = pool;
        Client = client;
        Wire = new Wire(cognito.Endpoint);
    }

    public CognitoEmulator Cognito { get; }

    public FakeTimeProvider Clock { get; }

    public EmulatedUserPool Pool { get; }

    public EmulatedUserPoolClient Client { get; set; }

    public Wire Wire { get; }

    public string ClientId => Client.ClientId;

    public static async Task<Scenario> StartAsync(Action<JsonObject>? pool = null, bool secret = false, IEnumerable<string>? flows = null, Action<JsonObject>? client = null)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { TimeProvider = clock });
        var userPool = await cognito.CreateUserPoolAsync("pool", pool);
        var appClient = await userPool.CreateClientAsync("app", secret, flows, client);
        return new Scenario(cognito, clock, userPool, appClient);
    }

    public string? Hash(string username) =>
        Client.ClientSecret is null ? null : Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Client.ClientSecret), System.Text.Encoding.UTF8.GetBytes(username + ClientId)));

    public JsonObject PasswordAuth(string username, string password) => new()
    {
        ["AuthFlow"] = "USER_PASSWORD_AUTH",
        ["ClientId"] = ClientId,
        ["AuthParameters"] = new JsonObject { ["USERNAME"] = username, ["PASSWORD"] = password },
    };

    public Task<JsonObject> SignInAsync(string username, string password) => Wire.CallAsync("InitiateAuth", PasswordAuth(username, password));

    public Task<JsonObject> RespondAsync(JsonObject previous, JsonObject responses, string? challenge = null) =>
        Wire.CallAsync("RespondToAuthChallenge", Respond(previous, responses, challenge));

    public JsonObject Respond(JsonObject previous, JsonObject responses, string? challenge = null) => new()
    {
        ["ClientId"] = ClientId,
        ["ChallengeName"] = challenge ?? (string)previous["ChallengeName"]!,
        ["Session"] = (string)previous["Session"]!,
        ["ChallengeResponses"] = responses,
    };

    /// <summary>USER_SRP_AUTH up to the PASSWORD_VERIFIER answer; returns what Cognito answered to it.</summary>
    public async Task<WireResponse> SrpSignInAsync(string username, string password, string? deviceKey = null)
    {
        var srp = new TestSrpClient();
        var parameters = new JsonObject { ["USERNAME"] = username, ["SRP_A"] = srp.AHex };
        if (deviceKey is not null)
        {
            parameters["DEVICE_KEY"] = deviceKey;
        }

        var challenge = await Wire.CallAsync("InitiateAuth", new JsonObject { ["AuthFlow"] = "USER_SRP_AUTH", ["ClientId"] = ClientId, ["AuthParameters"] = parameters });
        Assert.Equal("PASSWORD_VERIFIER", (string?)challenge["ChallengeName"]);
        var responses = srp.Answer(challenge["ChallengeParameters"]!.AsObject(), Pool.Id.Split('_')[1], password, Clock.GetUtcNow());
        if (deviceKey is not null)
        {
            responses["DEVICE_KEY"] = deviceKey;
        }

        return await Wire.SendAsync("RespondToAuthChallenge", Respond(challenge, responses));
    }

    public async ValueTask DisposeAsync()
    {
        Wire.Dispose();
        await Cognito.DisposeAsync();
    }
}
