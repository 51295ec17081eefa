using System.Text.Json.Nodes;
using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.SignIn;

/// <summary>
/// Every operation that carries the client secret (as a SECRET_HASH or as the raw secret) survives a rotation window:
/// when Cognito accepts only the configured previous secret, the façade sends the request once more with it.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class ClientSecretRotationOperationTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";
    private const string NewPassword = "N3w-Passw0rd!";

    private CognitoEmulator Cognito => emulator.Emulator;

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

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_Succeeds_WhenCognitoAcceptsOnlyThePreviousSecret(string operation, bool oldSecretIsCurrent)
    {
        bool rotatesRefreshTokens = operation == "GetTokensFromRefreshToken";
        TestPool app = await CreateAppAsync(rotatesRefreshTokens);
        string oldSecret = app.ClientSecret!;
        string newSecret = await app.Pool.RotateClientSecretAsync(app.ClientId);
        (string current, string previous) = oldSecretIsCurrent ? (oldSecret, newSecret) : (newSecret, oldSecret);
        ICognitoKit kit = Kit(app, current, previous, rotatesRefreshTokens);
        Func<Task> act = await ArrangeAsync(app, kit, operation);

        // The pool drops the secret the app uses first: only the configured previous one is still valid.
        await DeleteSecretAsync(app, oldSecretIsCurrent ? 0 : 1);
        Cognito.Requests.Clear();
        await act();

        Assert.Equal(2, Cognito.Requests.Count(operation));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WithNeitherSecretValid_IsRefused_AfterExactlyOneRetry(string operation, bool oldSecretIsCurrent)
    {
        bool rotatesRefreshTokens = operation == "GetTokensFromRefreshToken";
        TestPool app = await CreateAppAsync(rotatesRefreshTokens);
        string oldSecret = app.ClientSecret!;
        string newSecret = await app.Pool.RotateClientSecretAsync(app.ClientId);
        ICognitoKit kit = Kit(app, oldSecretIsCurrent ? oldSecret : newSecret, oldSecretIsCurrent ? newSecret : oldSecret, rotatesRefreshTokens);
        Func<Task> act = await ArrangeAsync(app, kit, operation);

        // Both configured secrets are retired: a third one is the pool's only secret.
        string third = await app.Pool.RotateClientSecretAsync(app.ClientId);
        await app.Pool.RetireClientSecretAsync(app.ClientId);
        Assert.NotEqual(oldSecret, third);
        Cognito.Requests.Clear();

        NotAuthorizedException refused = await Assert.ThrowsAsync<NotAuthorizedException>(act);

        Assert.Contains("secret", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, Cognito.Requests.Count(operation));
    }

    [Fact]
    public async Task ConfirmForgotPassword_WithAWrongCode_IsNotRetried_WithTheOtherSecret()
    {
        TestPool app = await CreateAppAsync(rotatesRefreshTokens: false);
        string newSecret = await app.Pool.RotateClientSecretAsync(app.ClientId);
        ICognitoKit kit = Kit(app, app.ClientSecret!, newSecret, rotatesRefreshTokens: false);
        await app.Pool.AddUserAsync("bob", Password, new Dictionary<string, string> { ["email"] = "bob@example.com" });
        await kit.ForgotPassword("bob").SendAsync();
        string code = Cognito.Inbox.LatestCode("bob", MessagePurpose.ForgotPassword);
        Cognito.Requests.Clear();

        await Assert.ThrowsAsync<CodeMismatchException>(() => kit.ConfirmForgotPassword("bob", code == "000000" ? "111111" : "000000", NewPassword).SendAsync());

        Assert.Equal(1, Cognito.Requests.Count("ConfirmForgotPassword"));
    }

    /// <summary>Puts the pool in the state the operation needs (with both secrets still valid) and returns the call under test.</summary>
    private async Task<Func<Task>> ArrangeAsync(TestPool app, ICognitoKit kit, string operation)
    {
        string username = "user-" + Guid.NewGuid().ToString("N")[..8];
        switch (operation)
        {
            case "SignUp":
                return () => kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
            case "ConfirmSignUp":
                await kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
                string signUpCode = Cognito.Inbox.LatestCode(username, MessagePurpose.SignUp);
                return async () =>
                {
                    await kit.ConfirmSignUp(username, signUpCode).SendAsync();
                    Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync(default));
                };
            case "ResendConfirmationCode":
                await kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
                return async () => Assert.Equal(CodeDeliveryMedium.Email, (await kit.ResendConfirmationCode(username).SendAsync()).DeliveryMedium);
            case "ForgotPassword":
                await app.Pool.AddUserAsync(username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com" });
                return async () => Assert.Equal(CodeDeliveryMedium.Email, (await kit.ForgotPassword(username).SendAsync()).DeliveryMedium);
            case "ConfirmForgotPassword":
                await app.Pool.AddUserAsync(username, Password, new Dictionary<string, string> { ["email"] = username + "@example.com" });
                await kit.ForgotPassword(username).SendAsync();
                string resetCode = Cognito.Inbox.LatestCode(username, MessagePurpose.ForgotPassword);
                return () => kit.ConfirmForgotPassword(username, resetCode, NewPassword).SendAsync();
            case "InitiateAuth" or "GetTokensFromRefreshToken":
                CognitoSession session = await SignedInSessionAsync(app, kit, username);
                string accessToken = session.Tokens.AccessToken;
                return async () =>
                {
                    CognitoTokens refreshed = await session.RefreshAsync();
                    Assert.NotEqual(accessToken, refreshed.AccessToken);
                };
            case "RevokeToken":
                CognitoSession revoked = await SignedInSessionAsync(app, kit, username);
                return async () =>
                {
                    await kit.Account(revoked).RevokeRefreshTokenAsync();
                    await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => revoked.GetValidTokensAsync());
                };
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "No arrangement for this operation.");
        }
    }

    private static async Task<CognitoSession> SignedInSessionAsync(TestPool app, ICognitoKit kit, string username)
    {
        await app.Pool.AddUserAsync(username, Password);
        return Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync(default)).Session;
    }

    private Task<TestPool> CreateAppAsync(bool rotatesRefreshTokens) =>
        emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true, AutoVerifiedAttributes = ["email"], RefreshTokenRotation = rotatesRefreshTokens });

    /// <summary>Deletes one of the app client's two secrets through the wire operations (index 0: the older one).</summary>
    private async Task DeleteSecretAsync(TestPool app, int index)
    {
        JsonObject listed = await Cognito.InvokeAsync("ListUserPoolClientSecrets", new JsonObject { ["UserPoolId"] = app.PoolId, ["ClientId"] = app.ClientId });
        JsonArray secrets = listed["ClientSecrets"]!.AsArray();
        Assert.Equal(2, secrets.Count);
        await Cognito.InvokeAsync(
            "DeleteUserPoolClientSecret",
            new JsonObject { ["UserPoolId"] = app.PoolId, ["ClientId"] = app.ClientId, ["ClientSecretId"] = (string)secrets[index]!["ClientSecretId"]! });
    }

    private static ICognitoKit Kit(TestPool app, string current, string previous, bool rotatesRefreshTokens) =>
        SecretRotationConfiguration.Kit(SecretRotationConfiguration.Build(app, current, previous, rotatesRefreshTokens));
}
