using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.CognitoLocal;

/// <summary>
/// A cognito-local peer with a fresh user pool (MFA optional) and app client for one test class, and an
/// <see cref="ICognitoKit"/> made by <c>AddCognitoKit</c> for it, as an app would configure it against the peer: its
/// <c>local_…</c> pool id with an explicit Region and the peer as <c>UserPoolEndpoint</c>.
/// </summary>
public sealed class CognitoLocalFixture : IAsyncLifetime
{
    private CognitoLocalPeer? _peer;
    private HttpClient? _http;
    private ServiceProvider? _services;

    /// <summary>The peer's base address.</summary>
    public Uri Endpoint => Peer.Endpoint;

    public string PoolId { get; private set; } = string.Empty;

    public string ClientId { get; private set; } = string.Empty;

    /// <summary>The façade under test, pointed at the peer (admin calls signed with example credentials the peer ignores).</summary>
    public ICognitoKit Kit { get; private set; } = null!;

    private CognitoLocalPeer Peer => _peer ?? throw new InvalidOperationException("cognito-local has not started.");

    public async Task InitializeAsync()
    {
        _peer = await CognitoLocalPeer.StartAsync().ConfigureAwait(false);
        _http = new HttpClient();

        // Set-up only, straight to the peer: CognitoKit has no pool administration.
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

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = PoolId;
            o.Region = "us-east-1";
            o.ClientId = ClientId;
            o.UserPoolEndpoint = Endpoint;
            o.MaxAttempts = 1;
        })

        // cognito-local does not check signatures, but the Admin* operations are still signed, as against AWS.
        .AddAdminCredentials(new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Kit = _services.GetRequiredService<ICognitoKit>();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync().ConfigureAwait(false);
        }

        _http?.Dispose();
        if (_peer is not null)
        {
            await _peer.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Signs a user up and confirms them with the peer's fixed code, through the façade.</summary>
    internal async Task<string> CreateConfirmedUserAsync(string password)
    {
        string username = "u" + Guid.NewGuid().ToString("N")[..12];
        await Kit.SignUp(username, password).WithAttribute("email", username + "@example.com").SendAsync().ConfigureAwait(false);
        await Kit.ConfirmSignUp(username, CognitoLocalPeer.FixedCode).SendAsync().ConfigureAwait(false);
        return username;
    }

    /// <summary>Signs in with <c>USER_PASSWORD_AUTH</c> (cognito-local has no SRP) and expects no challenge.</summary>
    internal async Task<CognitoSession> SignInAsync(string username, string password)
    {
        SignInStep step = await Kit.SignIn(username, password).WithPasswordAuth().SendAsync(CancellationToken.None).ConfigureAwait(false);
        return step is SignedIn signedIn ? signedIn.Session : throw new InvalidOperationException("Sign-in answered a challenge: " + step);
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
