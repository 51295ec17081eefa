namespace CognitoKit.Testing.Tests.IdentityPools;

/// <summary>
/// An identity pool that trusts the scenario's user pool and, through <c>SupportedLoginProviders</c> and
/// <c>OpenIdConnectProviderARNs</c>, Google, Apple, Facebook, Amazon and one registered OIDC provider.
/// </summary>
internal sealed class SocialTestBed : IAsyncDisposable
{
    public const string GoogleClientId = "1234567890-abc.apps.googleusercontent.com";
    public const string AppleServicesId = "com.example.app";
    public const string FacebookAppId = "100200300400";
    public const string AmazonAppId = "amzn1.application.0123456789abcdef";
    public const string OidcClientId = "example-web";
    private const string Prefix = "AWSCognitoIdentityService.";

    private SocialTestBed(Scenario scenario, EmulatedIdentityPool identityPool, EmulatedOidcProvider oidc)
    {
        Scenario = scenario;
        IdentityPool = identityPool;
        Oidc = oidc;
    }

    public Scenario Scenario { get; }

    public CognitoEmulator Cognito => Scenario.Cognito;

    public EmulatedIdentityPool IdentityPool { get; }

    public EmulatedOidcProvider Oidc { get; }

    public string UserPoolProvider => Cognito.IdentityProviderName(Scenario.Pool);

    public static async Task<SocialTestBed> StartAsync(Action<JsonObject>? configure = null)
    {
        var scenario = await Scenario.StartAsync();
        await scenario.Pool.AddUserAsync("alice", IdentityTestBed.Password);
        var oidc = scenario.Cognito.RegisterOpenIdConnectProvider("https://login.example.com/tenant-1", OidcClientId);
        var identityPool = await scenario.Cognito.CreateIdentityPoolAsync(scenario.Pool, scenario.Client, configure: body =>
        {
            body["SupportedLoginProviders"] = new JsonObject
            {
                [CognitoEmulatorSocialExtensions.Google] = GoogleClientId,
                [CognitoEmulatorSocialExtensions.Apple] = AppleServicesId,
                [CognitoEmulatorSocialExtensions.Facebook] = FacebookAppId,
                [CognitoEmulatorSocialExtensions.Amazon] = AmazonAppId,
            };
            body["OpenIdConnectProviderARNs"] = new JsonArray(oidc.Arn);
            configure?.Invoke(body);
        });
        await identityPool.SetRolesAsync(IdentityTestBed.AuthenticatedRole, IdentityTestBed.UnauthenticatedRole);
        return new SocialTestBed(scenario, identityPool, oidc);
    }

    public string Token(string provider, string subject, string audience, TimeSpan? lifetime = null) =>
        Cognito.IssueSocialToken(provider, subject, audience, lifetime);

    public Task<JsonObject> CallAsync(string operation, JsonObject body) => Scenario.Wire.CallAsync(operation, body, Prefix);

    public Task<string> FailAsync(string operation, JsonObject body, string errorCode) => Scenario.Wire.FailAsync(operation, body, errorCode, Prefix);

    public JsonObject GetIdBody(JsonObject logins) => new() { ["IdentityPoolId"] = IdentityPool.Id, ["Logins"] = logins };

    public async Task<string> GetIdAsync(JsonObject logins) => (string)(await CallAsync("GetId", GetIdBody(logins)))["IdentityId"]!;

    public async Task<string> UserPoolIdTokenAsync()
    {
        var result = await Scenario.SignInAsync("alice", IdentityTestBed.Password);
        return (string)result["AuthenticationResult"]!["IdToken"]!;
    }

    public async ValueTask DisposeAsync() => await Scenario.DisposeAsync();
}
