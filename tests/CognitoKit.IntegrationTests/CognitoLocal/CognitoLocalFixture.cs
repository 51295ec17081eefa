using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using CognitoKit.Protocol;
using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoKit.IntegrationTests.CognitoLocal;

/// <summary>
/// A cognito-local peer with a fresh user pool (MFA optional) and app client for one test class, and CognitoKit's own
/// wire client (<see cref="IUserPoolsClient"/>) pointed straight at it.
/// </summary>
public sealed class CognitoLocalFixture : IAsyncLifetime
{
    private const string Region = "us-east-1";

    private CognitoLocalPeer? _peer;
    private HttpClient? _http;

    /// <summary>The peer's base address.</summary>
    public Uri Endpoint => Peer.Endpoint;

    public string PoolId { get; private set; } = string.Empty;

    public string ClientId { get; private set; } = string.Empty;

    internal IUserPoolsClient Client { get; private set; } = null!;

    private CognitoLocalPeer Peer => _peer ?? throw new InvalidOperationException("cognito-local has not started.");

    public async Task InitializeAsync()
    {
        _peer = await CognitoLocalPeer.StartAsync().ConfigureAwait(false);
        _http = new HttpClient();
        JsonObject pool = await RawAsync("CreateUserPool", new JsonObject
        {
            ["PoolName"] = "peer-" + Guid.NewGuid().ToString("N")[..8],
            ["MfaConfiguration"] = "OPTIONAL",
        }).ConfigureAwait(false);
        PoolId = (string?)pool["UserPool"]?["Id"] ?? throw new InvalidOperationException("cognito-local CreateUserPool returned no pool id: " + pool.ToJsonString());
        JsonObject client = await RawAsync("CreateUserPoolClient", new JsonObject
        {
            ["UserPoolId"] = PoolId,
            ["ClientName"] = "peer-client",
            ["ExplicitAuthFlows"] = new JsonArray("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
        }).ConfigureAwait(false);
        ClientId = (string?)client["UserPoolClient"]?[nameof(ClientId)] ?? throw new InvalidOperationException("cognito-local CreateUserPoolClient returned no client id: " + client.ToJsonString());

        var options = new CognitoKitOptions { UserPoolId = PoolId, ClientId = ClientId, MaxAttempts = 1 };
        HttpClient http = _http;

        // cognito-local does not check signatures, but the Admin* operations are still signed, as against AWS.
        var signer = new SigV4RequestSigner(new AwsCredentialsSource(new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")));
        Client = new UserPoolsClient(new AwsJsonClient(() => http, CognitoServiceEndpoint.UserPools(Region, Endpoint), CognitoRetryPolicy.From(options), signer, NullLogger.Instance));
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_peer is not null)
        {
            await _peer.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Creates a confirmed user with a permanent password, through the wire client.</summary>
    internal async Task<string> CreateConfirmedUserAsync(string password, string? email = null)
    {
        string username = "u" + Guid.NewGuid().ToString("N")[..12];
        await Client.SignUpAsync(
            new SignUpRequest
            {
                ClientId = ClientId,
                Username = username,
                Password = password,
                UserAttributes = [new AttributeType { Name = "email", Value = email ?? username + "@example.com" }],
            },
            CancellationToken.None).ConfigureAwait(false);
        await Client.ConfirmSignUpAsync(new ConfirmSignUpRequest { ClientId = ClientId, Username = username, ConfirmationCode = CognitoLocalPeer.FixedCode }, CancellationToken.None).ConfigureAwait(false);
        return username;
    }

    internal async Task<AuthenticationResultType> SignInAsync(string username, string password)
    {
        InitiateAuthResponse response = await Client.InitiateAuthAsync(
            new InitiateAuthRequest
            {
                AuthFlow = "USER_PASSWORD_AUTH",
                ClientId = ClientId,
                AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = password },
            },
            CancellationToken.None).ConfigureAwait(false);
        return response.AuthenticationResult ?? throw new InvalidOperationException("Sign-in answered a challenge: " + response.ChallengeName);
    }

    private async Task<JsonObject> RawAsync(string operation, JsonObject body)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = content };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation);
        using HttpResponseMessage response = await _http!.SendAsync(request).ConfigureAwait(false);
        string text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"cognito-local {operation} failed with HTTP {(int)response.StatusCode}: {text}");
        }

        return JsonNode.Parse(text)?.AsObject() ?? new JsonObject();
    }
}
