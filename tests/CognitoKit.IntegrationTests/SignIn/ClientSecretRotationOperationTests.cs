using System.Text.Json.Nodes;
using CognitoKit.Errors;
using CognitoKit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.SignIn;

/// <summary>
/// Every operation that carries the client secret (as a SECRET_HASH or as the raw secret) survives a rotation window:
/// when Cognito accepts only the configured previous secret, the façade sends the request once more with it.
/// </summary>
public sealed class ClientSecretRotationOperationTests : IAsyncLifetime
{
    private const string Password = "Passw0rd!";
    private const string NewPassword = "N3w-Passw0rd!";

    private CognitoEmulator _cognito = null!;
    private EmulatedUserPool _pool = null!;

    public static TheoryData<string, bool> Operations()
    {
        var data = new TheoryData<string, bool>();
        foreach (string operation in new[] { "SignUp", "ConfirmSignUp", "ResendConfirmationCode", "ForgotPassword", "ConfirmForgotPassword", "InitiateAuth", "GetTokensFromRefreshToken", "RevokeToken" })
        {
            data.Add(operation, true);
            data.Add(operation, false);
        }

        return data;
    }

    public async Task InitializeAsync()
    {
        _cognito = await CognitoEmulator.StartAsync();
        _pool = await _cognito.CreateUserPoolAsync("shop", p => p["AutoVerifiedAttributes"] = new JsonArray("email"));
    }

    public async Task DisposeAsync() => await _cognito.DisposeAsync();

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_Succeeds_WhenCognitoAcceptsOnlyThePreviousSecret(string operation, bool oldSecretIsCurrent)
    {
        bool rotatesRefreshTokens = operation == "GetTokensFromRefreshToken";
        EmulatedUserPoolClient app = await CreateAppAsync(rotatesRefreshTokens);
        string oldSecret = app.ClientSecret!;
        string newSecret = await _pool.RotateClientSecretAsync(app.ClientId);
        (string current, string previous) = oldSecretIsCurrent ? (oldSecret, newSecret) : (newSecret, oldSecret);
        ICognitoKit kit = Kit(app, current, previous, rotatesRefreshTokens);
        Func<Task> act = await ArrangeAsync(kit, operation);

        // The pool drops the secret the app uses first: only the configured previous one is still valid.
        await DeleteSecretAsync(app, oldSecretIsCurrent ? 0 : 1);
        _cognito.Requests.Clear();
        await act();

        Assert.Equal(2, _cognito.Requests.Count(operation));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WithNeitherSecretValid_IsRefused_AfterExactlyOneRetry(string operation, bool oldSecretIsCurrent)
    {
        bool rotatesRefreshTokens = operation == "GetTokensFromRefreshToken";
        EmulatedUserPoolClient app = await CreateAppAsync(rotatesRefreshTokens);
        string oldSecret = app.ClientSecret!;
        string newSecret = await _pool.RotateClientSecretAsync(app.ClientId);
        ICognitoKit kit = Kit(app, oldSecretIsCurrent ? oldSecret : newSecret, oldSecretIsCurrent ? newSecret : oldSecret, rotatesRefreshTokens);
        Func<Task> act = await ArrangeAsync(kit, operation);

        // Both configured secrets are retired: a third one is the pool's only secret.
        string third = await _pool.RotateClientSecretAsync(app.ClientId);
        await _pool.RetireClientSecretAsync(app.ClientId);
        Assert.NotEqual(oldSecret, third);
        _cognito.Requests.Clear();

        NotAuthorizedException refused = await Assert.ThrowsAsync<NotAuthorizedException>(act);

        Assert.Contains("secret", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, _cognito.Requests.Count(operation));
    }

    [Fact]
    public async Task ConfirmForgotPassword_WithAWrongCode_IsNotRetried_WithTheOtherSecret()
    {
        EmulatedUserPoolClient app = await CreateAppAsync(rotatesRefreshTokens: false);
        string newSecret = await _pool.RotateClientSecretAsync(app.ClientId);
        ICognitoKit kit = Kit(app, app.ClientSecret!, newSecret, rotatesRefreshTokens: false);
        await _pool.AddUserAsync("bob", Password, new Dictionary<string, string> { ["email"] = "bob@example.com" });
        await kit.ForgotPassword("bob").SendAsync();
        string code = _cognito.Inbox.LatestCode("bob", MessagePurpose.ForgotPassword);
        _cognito.Requests.Clear();

        await Assert.ThrowsAsync<CodeMismatchException>(() => kit.ConfirmForgotPassword("bob", code == "000000" ? "111111" : "000000", NewPassword).SendAsync());

        Assert.Equal(1, _cognito.Requests.Count("ConfirmForgotPassword"));
    }

    /// <summary>Puts the pool in the state the operation needs (with both secrets still valid) and returns the call under test.</summary>
    private async Task<Func<Task>> ArrangeAsync(ICognitoKit kit, string operation)
    {
        string username = "user-" + Guid.NewGuid().ToString("N")[..8];
        switch (operation)
        {
            case "SignUp":
                return () => kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
            case "ConfirmSignUp":
                await kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
                string signUpCode = _cognito.Inbox.LatestCode(username, MessagePurpose.SignUp);
                return async () =>
                {
                    await kit.ConfirmSignUp(username, signUpCode).SendAsync();
                    Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync(default));
                };
            case "ResendConfirmationCode":
                await kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
                return async () => Assert.Equal(CodeDeliveryMedium.Email, (await kit.ResendConfirmationCode(username).SendAsync()).DeliveryMedium);
            case "ForgotPassword":
                await _pool.AddUserAsync(username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com" });
                return async () => Assert.Equal(CodeDeliveryMedium.Email, (await kit.ForgotPassword(username).SendAsync()).DeliveryMedium);
            case "ConfirmForgotPassword":
                await _pool.AddUserAsync(username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com" });
                await kit.ForgotPassword(username).SendAsync();
                string resetCode = _cognito.Inbox.LatestCode(username, MessagePurpose.ForgotPassword);
                return () => kit.ConfirmForgotPassword(username, resetCode, NewPassword).SendAsync();
            case "InitiateAuth" or "GetTokensFromRefreshToken":
                CognitoSession session = await SignedInSessionAsync(kit, username);
                string accessToken = session.Tokens.AccessToken;
                return async () =>
                {
                    CognitoTokens refreshed = await session.RefreshAsync();
                    Assert.NotEqual(accessToken, refreshed.AccessToken);
                };
            case "RevokeToken":
                CognitoSession revoked = await SignedInSessionAsync(kit, username);
                return async () =>
                {
                    await kit.Account(revoked).RevokeRefreshTokenAsync();
                    await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => revoked.GetValidTokensAsync());
                };
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "No arrangement for this operation.");
        }
    }

    private async Task<CognitoSession> SignedInSessionAsync(ICognitoKit kit, string username)
    {
        await _pool.AddUserAsync(username, Password);
        return Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync(default)).Session;
    }

    private Task<EmulatedUserPoolClient> CreateAppAsync(bool rotatesRefreshTokens) =>
        _pool.CreateClientAsync("web", generateSecret: true, configure: rotatesRefreshTokens
            ? body => body["RefreshTokenRotation"] = new JsonObject { ["Feature"] = "ENABLED", ["RetryGracePeriodSeconds"] = 0 }
            : null);

    /// <summary>Deletes one of the app client's two secrets through the wire operations (index 0: the older one).</summary>
    private async Task DeleteSecretAsync(EmulatedUserPoolClient app, int index)
    {
        JsonObject listed = await _cognito.InvokeAsync("ListUserPoolClientSecrets", new JsonObject { ["UserPoolId"] = _pool.Id, ["ClientId"] = app.ClientId });
        JsonArray secrets = listed["ClientSecrets"]!.AsArray();
        Assert.Equal(2, secrets.Count);
        await _cognito.InvokeAsync(
            "DeleteUserPoolClientSecret",
            new JsonObject { ["UserPoolId"] = _pool.Id, ["ClientId"] = app.ClientId, ["ClientSecretId"] = (string)secrets[index]!["ClientSecretId"]! });
    }

    private ICognitoKit Kit(EmulatedUserPoolClient app, string current, string previous, bool rotatesRefreshTokens)
    {
        var values = new Dictionary<string, string?>(_cognito.ToConfiguration(_pool, app))
        {
            ["CognitoKit:ClientSecret"] = current,
            ["CognitoKit:PreviousClientSecret"] = previous,
            ["CognitoKit:RefreshTokenRotation"] = rotatesRefreshTokens ? "true" : "false",
        };
        var services = new ServiceCollection();
        services.AddCognitoKit(new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("CognitoKit"));
        return services.BuildServiceProvider().GetRequiredService<ICognitoKit>();
    }
}
