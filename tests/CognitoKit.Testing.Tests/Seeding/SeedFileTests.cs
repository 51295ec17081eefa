using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CognitoKit.Testing.Tests.Seeding;

/// <summary>The example seed file, applied at start: what it declares exists and behaves as if created over the wire.</summary>
public sealed class SeedFileTests
{
    private const string PoolId = "us-east-1_Example1";
    private const string WebClient = "examplewebclient000000001";
    private const string ServiceClient = "exampleserviceclient00001";
    private const string ServiceSecret = "exampleservicesecret000000000000000000000001";
    private const string IdentityPoolId = "us-east-1:00000000-0000-0000-0000-000000000001";

    private static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "TestData", "seed.example.json");

    [Fact]
    public async Task ExampleSeed_SignsInASeededUserWithTheFixedClientId_AndTokensCarryTheSeededGroupsAndAttributes()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { Seed = CognitoEmulatorSeed.Load(ExamplePath) });
        using var wire = new Wire(cognito.Endpoint);

        var result = await wire.CallAsync("InitiateAuth", PasswordAuth(WebClient, "alice", "Example-Passw0rd"));

        var id = new JsonWebToken((string)result["AuthenticationResult"]!["IdToken"]!);
        Assert.Equal(cognito.Endpoint.AbsoluteUri + PoolId, id.Issuer);
        Assert.Equal(WebClient, id.GetClaim("aud").Value);
        Assert.Equal(["admins", "readers"], id.Claims.Where(c => c.Type == "cognito:groups").Select(c => c.Value).Order());
        Assert.Equal("acme", id.GetClaim("custom:tenant").Value);
        Assert.Equal("true", id.GetClaim("email_verified").Value);
    }

    [Fact]
    public async Task ExampleSeed_PoolClientsAndGroups_DescribeAsDeclared()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { Seed = CognitoEmulatorSeed.Load(ExamplePath) });
        using var wire = new Wire(cognito.Endpoint);

        var pool = (await wire.CallAsync("DescribeUserPool", new JsonObject { ["UserPoolId"] = PoolId }))["UserPool"]!;
        var service = (await wire.CallAsync("DescribeUserPoolClient", new JsonObject { ["UserPoolId"] = PoolId, ["ClientId"] = ServiceClient }))["UserPoolClient"]!;
        var mfa = await wire.CallAsync("GetUserPoolMfaConfig", new JsonObject { ["UserPoolId"] = PoolId });

        Assert.Equal("example", (string?)pool["Name"]);
        Assert.Equal(10, (int)pool["Policies"]!["PasswordPolicy"]!["MinimumLength"]!);
        Assert.False((bool)pool["Policies"]!["PasswordPolicy"]!["RequireSymbols"]!);
        Assert.Equal(ServiceSecret, (string?)service["ClientSecret"]);
        Assert.Equal(15, (int)service["AccessTokenValidity"]!);
        Assert.Equal("minutes", (string?)service["TokenValidityUnits"]!["AccessToken"]);
        Assert.Equal("OPTIONAL", (string?)mfa["MfaConfiguration"]);
        Assert.True((bool)mfa["SoftwareTokenMfaConfiguration"]!["Enabled"]!);
        Assert.Equal(PoolId, cognito.GetUserPool(PoolId).Id);
    }

    [Fact]
    public async Task ExampleSeed_UserWithATotpSecret_IsAskedForTheCodeAnAuthenticatorWithThatSecretShows()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { Seed = CognitoEmulatorSeed.Load(ExamplePath) });
        using var wire = new Wire(cognito.Endpoint);

        var challenge = await wire.CallAsync("InitiateAuth", PasswordAuth(WebClient, "bob", "Example-Passw0rd"));
        Assert.Equal("SOFTWARE_TOKEN_MFA", (string?)challenge["ChallengeName"]);
        var signedIn = await wire.CallAsync("RespondToAuthChallenge", new JsonObject
        {
            ["ClientId"] = WebClient,
            ["ChallengeName"] = "SOFTWARE_TOKEN_MFA",
            ["Session"] = (string)challenge["Session"]!,
            ["ChallengeResponses"] = new JsonObject { ["USERNAME"] = "bob", ["SOFTWARE_TOKEN_MFA_CODE"] = cognito.TotpCode("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP") },
        });

        Assert.NotNull(signedIn["AuthenticationResult"]?["AccessToken"]);
    }

    [Fact]
    public async Task ExampleSeed_ForceChangePasswordUser_MustChooseANewPassword()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { Seed = CognitoEmulatorSeed.Load(ExamplePath) });
        using var wire = new Wire(cognito.Endpoint);

        var challenge = await wire.CallAsync("InitiateAuth", PasswordAuth(WebClient, "carol", "Temporary-Passw0rd"));

        Assert.Equal("NEW_PASSWORD_REQUIRED", (string?)challenge["ChallengeName"]);
    }

    [Fact]
    public async Task ExampleSeed_ConfidentialClient_GetsClientCredentialsTokensWithTheSeededResourceServerScopes()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { Seed = CognitoEmulatorSeed.Load(ExamplePath) });
        using var http = new HttpClient { BaseAddress = cognito.Endpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth2/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "orders/read orders/write" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(ServiceClient + ":" + ServiceSecret)));

        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        var access = new JsonWebToken((string)body["access_token"]!);
        Assert.Equal("orders/read orders/write", access.GetClaim("scope").Value);
        Assert.Equal(ServiceClient, access.GetClaim("client_id").Value);
    }

    [Fact]
    public async Task ExampleSeed_IdentityPool_GivesASeededUserCredentialsOfTheAuthenticatedRole()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { Seed = CognitoEmulatorSeed.Load(ExamplePath) });
        using var wire = new Wire(cognito.Endpoint);
        var idToken = (string)(await wire.CallAsync("InitiateAuth", PasswordAuth(WebClient, "alice", "Example-Passw0rd")))["AuthenticationResult"]!["IdToken"]!;
        var logins = new JsonObject { ["cognito-idp.us-east-1.amazonaws.com/" + PoolId] = idToken };
        const string Identity = "AWSCognitoIdentityService.";

        var identityId = (string)(await wire.CallAsync("GetId", new JsonObject { ["IdentityPoolId"] = IdentityPoolId, ["Logins"] = logins.DeepClone() }, Identity))["IdentityId"]!;
        var credentials = await wire.CallAsync("GetCredentialsForIdentity", new JsonObject { ["IdentityId"] = identityId, ["Logins"] = logins.DeepClone() }, Identity);

        var issued = cognito.FindIssuedCredentials((string)credentials["Credentials"]!["AccessKeyId"]!);
        Assert.NotNull(issued);
        Assert.Equal("arn:aws:iam::000000000000:role/ExampleAuthenticated", issued.RoleArn);
    }

    [Fact]
    public void ExampleSeed_InTheDocs_IsTheShippedFile()
    {
        var docs = File.ReadAllText(Path.Combine(Tool.EmulatorProcess.RepoRoot, "docs", "emulator.md")).ReplaceLineEndings("\n");
        var start = docs.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var block = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];

        Assert.Equal(File.ReadAllText(ExamplePath).ReplaceLineEndings("\n"), block);
    }

    [Fact]
    public async Task Seed_FromAString_IsTheSameFormat()
    {
        var seed = CognitoEmulatorSeed.Parse("""
            { "userPools": [ { "id": "eu-west-1_Small", "name": "small",
                "clients": [ { "id": "smallclient", "name": "app", "explicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH"] } ],
                "users": [ { "username": "ann", "password": "Passw0rd!" } ] } ] }
            """);
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { Region = "eu-west-1", Seed = seed });
        using var wire = new Wire(cognito.Endpoint);

        var result = await wire.CallAsync("InitiateAuth", PasswordAuth("smallclient", "ann", "Passw0rd!"));

        Assert.Equal(["eu-west-1_Small"], seed.UserPoolIds);
        Assert.Null(seed.SeedFile);
        Assert.NotNull(result["AuthenticationResult"]);
    }

    internal static JsonObject PasswordAuth(string clientId, string username, string password, string? secret = null)
    {
        var parameters = new JsonObject { ["USERNAME"] = username, ["PASSWORD"] = password };
        if (secret is not null)
        {
            parameters["SECRET_HASH"] = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(username + clientId)));
        }

        return new JsonObject { ["AuthFlow"] = "USER_PASSWORD_AUTH", ["ClientId"] = clientId, ["AuthParameters"] = parameters };
    }
}
