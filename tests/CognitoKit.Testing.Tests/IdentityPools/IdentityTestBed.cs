using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.Testing.Tests.IdentityPools;

/// <summary>
/// A user pool with one signed-up user, an identity pool trusting its app client, and a raw caller for
/// cognito-identity. Everything a test does goes over HTTP, as an SDK would.
/// </summary>
internal sealed class IdentityTestBed : IAsyncDisposable
{
    public const string AuthenticatedRole = "arn:aws:iam::123456789012:role/signed-in-users";
    public const string UnauthenticatedRole = "arn:aws:iam::123456789012:role/guests";
    public const string Password = "Correct-Horse-9";
    private const string Prefix = "AWSCognitoIdentityService.";

    private IdentityTestBed(Scenario scenario, EmulatedIdentityPool identityPool)
    {
        Scenario = scenario;
        IdentityPool = identityPool;
    }

    public Scenario Scenario { get; }

    public CognitoEmulator Cognito => Scenario.Cognito;

    public FakeTimeProvider Clock => Scenario.Clock;

    public EmulatedIdentityPool IdentityPool { get; }

    public string ProviderName => Cognito.IdentityProviderName(Scenario.Pool);

    public static async Task<IdentityTestBed> StartAsync(bool allowGuests = true, bool roles = true)
    {
        var scenario = await Scenario.StartAsync();
        await scenario.Pool.AddUserAsync("alice", Password);
        await scenario.Pool.AddUserAsync("bob", Password);
        var identityPool = await scenario.Cognito.CreateIdentityPoolAsync(scenario.Pool, scenario.Client, allowGuests);
        if (roles)
        {
            await identityPool.SetRolesAsync(AuthenticatedRole, UnauthenticatedRole);
        }

        return new IdentityTestBed(scenario, identityPool);
    }

    /// <summary>Signs in with USER_PASSWORD_AUTH and returns the ID token.</summary>
    public async Task<string> IdTokenAsync(string username = "alice")
    {
        var result = await Scenario.SignInAsync(username, Password);
        return (string)result["AuthenticationResult"]!["IdToken"]!;
    }

    public JsonObject Logins(string idToken, string? providerName = null) => new() { [providerName ?? ProviderName] = idToken };

    public Task<WireResponse> SendAsync(string operation, JsonObject body) => Scenario.Wire.SendAsync(operation, body, prefix: Prefix);

    public Task<JsonObject> CallAsync(string operation, JsonObject body) => Scenario.Wire.CallAsync(operation, body, Prefix);

    /// <summary>Expects the error code (in both the header and <c>__type</c>) and returns the message.</summary>
    public Task<string> FailAsync(string operation, JsonObject body, string errorCode) => Scenario.Wire.FailAsync(operation, body, errorCode, Prefix);

    public async Task<string> GetIdAsync(JsonObject? logins = null)
    {
        var body = new JsonObject { ["IdentityPoolId"] = IdentityPool.Id };
        if (logins is not null)
        {
            body["Logins"] = logins.DeepClone();
        }

        return (string)(await CallAsync("GetId", body))["IdentityId"]!;
    }

    public JsonObject ForIdentity(string identityId, JsonObject? logins = null)
    {
        var body = new JsonObject { ["IdentityId"] = identityId };
        if (logins is not null)
        {
            body["Logins"] = logins.DeepClone();
        }

        return body;
    }

    public Task<JsonObject> GetCredentialsAsync(string identityId, JsonObject? logins = null) =>
        CallAsync("GetCredentialsForIdentity", ForIdentity(identityId, logins));

    /// <summary>The claims of a JWT, without checking it.</summary>
    public static JsonObject Claims(string jwt) =>
        JsonNode.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(jwt.Split('.')[1]))!.AsObject();

    /// <summary>The same token with its payload replaced by <paramref name="claims"/>: the signature no longer matches.</summary>
    public static string WithClaims(string jwt, JsonObject claims)
    {
        var parts = jwt.Split('.');
        return parts[0] + "." + Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(claims.ToJsonString())) + "." + parts[2];
    }

    public async ValueTask DisposeAsync() => await Scenario.DisposeAsync();
}
