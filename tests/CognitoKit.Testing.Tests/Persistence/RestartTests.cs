using System.Numerics;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Tests.Persistence;

public sealed class RestartTests
{
    private const string Password = "Passw0rd!";

    [Fact]
    public async Task Restart_KeepsPoolsClientsUsersGroupsDevicesKeysRefreshTokensAndIdentities()
    {
        using var data = new DataDirectory();
        var port = DataDirectory.FreePort();
        var options = new CognitoEmulatorOptions { DataDirectory = data.Path, Port = port };

        string poolId, clientId, secret, accessToken, refreshToken, deviceKey, identityPoolId, identityId, signUpCode;
        await using (var first = await CognitoEmulator.StartAsync(options))
        {
            var pool = await first.CreateUserPoolAsync("kept", p =>
            {
                p["DeviceConfiguration"] = new JsonObject { ["ChallengeRequiredOnNewDevice"] = false, ["DeviceOnlyRememberedOnUserPrompt"] = false };
                p["AutoVerifiedAttributes"] = new JsonArray("email");
            });
            var client = await pool.CreateClientAsync("app", generateSecret: true);
            (poolId, clientId, secret) = (pool.Id, client.ClientId, client.ClientSecret!);
            await pool.AddUserAsync("ann", Password, new Dictionary<string, string> { ["email"] = "ann@example.com" });
            await pool.CreateGroupAsync("admins");
            await pool.AddUserToGroupAsync("ann", "admins");
            using var wire = new Wire(first.Endpoint);

            // Bob signs up but has not typed his code yet when the emulator stops.
            await wire.CallAsync("SignUp", new JsonObject
            {
                ["ClientId"] = clientId,
                ["Username"] = "bob",
                ["Password"] = Password,
                ["SecretHash"] = Hash(secret, clientId, "bob"),
                ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = "bob@example.com" }),
            });
            signUpCode = first.Inbox.LatestCode("bob");
            var signedIn = (await wire.CallAsync("InitiateAuth", new JsonObject
            {
                ["AuthFlow"] = "USER_PASSWORD_AUTH",
                ["ClientId"] = clientId,
                ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann", ["PASSWORD"] = Password, ["SECRET_HASH"] = Hash(secret, clientId, "ann") },
            }))["AuthenticationResult"]!.AsObject();
            accessToken = (string)signedIn["AccessToken"]!;
            refreshToken = (string)signedIn["RefreshToken"]!;
            deviceKey = await ConfirmDeviceAsync((operation, body) => wire.CallAsync(operation, body), signedIn);
            var identityPool = await first.CreateIdentityPoolAsync(pool, client);
            identityPoolId = identityPool.Id;
            var gotId = await wire.CallAsync(
                "GetId",
                new JsonObject { ["IdentityPoolId"] = identityPoolId, ["Logins"] = new JsonObject { [first.IdentityProviderName(pool)] = (string)signedIn["IdToken"]! } },
                "AWSCognitoIdentityService.");
            identityId = (string)gotId["IdentityId"]!;
        }

        await using var second = await CognitoEmulator.StartAsync(options);
        using var again = new Wire(second.Endpoint);

        // The client and its secret.
        var described = await again.CallAsync("DescribeUserPoolClient", new JsonObject { ["UserPoolId"] = poolId, ["ClientId"] = clientId });
        Assert.Equal(secret, (string?)described["UserPoolClient"]!["ClientSecret"]);

        // A token issued before the restart validates against the JWKS served after it.
        var jwks = new JsonWebKeySet(await again.Http.GetStringAsync($"/{poolId}/.well-known/jwks.json"));
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(accessToken, new TokenValidationParameters
        {
            ValidIssuer = second.Endpoint.AbsoluteUri.TrimEnd('/') + "/" + poolId,
            ValidateAudience = false,
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal("ann", (string?)(await again.CallAsync("GetUser", new JsonObject { ["AccessToken"] = accessToken }))["Username"]);

        // The user signs in with SRP (the password verifier was kept), and is still in the group.
        var srp = new TestSrpClient();
        var challenge = await again.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "USER_SRP_AUTH",
            ["ClientId"] = clientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann", ["SRP_A"] = srp.AHex, ["SECRET_HASH"] = Hash(secret, clientId, "ann") },
        });
        var answer = srp.Answer(challenge["ChallengeParameters"]!.AsObject(), poolId.Split('_')[1], Password, second.Clock.GetUtcNow());
        answer["SECRET_HASH"] = Hash(secret, clientId, "ann");
        var srpResult = await again.CallAsync("RespondToAuthChallenge", new JsonObject
        {
            ["ClientId"] = clientId,
            ["ChallengeName"] = "PASSWORD_VERIFIER",
            ["Session"] = (string)challenge["Session"]!,
            ["ChallengeResponses"] = answer,
        });
        var newAccess = new JsonWebToken((string)srpResult["AuthenticationResult"]!["AccessToken"]!);
        Assert.Contains("admins", newAccess.GetPayloadValue<string[]>("cognito:groups"));

        // The refresh token from before the restart still refreshes, for the remembered device.
        var refreshed = await again.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "REFRESH_TOKEN_AUTH",
            ["ClientId"] = clientId,
            ["AuthParameters"] = new JsonObject { ["REFRESH_TOKEN"] = refreshToken, ["DEVICE_KEY"] = deviceKey, ["SECRET_HASH"] = Hash(secret, clientId, "ann") },
        });
        Assert.NotNull(refreshed["AuthenticationResult"]?["AccessToken"]);

        // The code sent before the restart still confirms the sign-up.
        await again.CallAsync("ConfirmSignUp", new JsonObject { ["ClientId"] = clientId, ["Username"] = "bob", ["ConfirmationCode"] = signUpCode, ["SecretHash"] = Hash(secret, clientId, "bob") });
        Assert.Equal("CONFIRMED", (string?)(await again.CallAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = poolId, ["Username"] = "bob" }))["UserStatus"]);

        // The device and the identity.
        var devices = await again.CallAsync("ListDevices", new JsonObject { ["AccessToken"] = accessToken });
        Assert.Equal(deviceKey, (string?)devices["Devices"]![0]!["DeviceKey"]);
        var identity = await again.CallAsync("DescribeIdentity", new JsonObject { ["IdentityId"] = identityId }, "AWSCognitoIdentityService.");
        Assert.Equal(identityId, (string?)identity["IdentityId"]);
        var pools = await again.CallAsync("ListIdentityPools", new JsonObject { ["MaxResults"] = 10 }, "AWSCognitoIdentityService.");
        Assert.Equal(identityPoolId, (string?)pools["IdentityPools"]![0]!["IdentityPoolId"]);
    }

    private static string Hash(string secret, string clientId, string username) =>
        Convert.ToBase64String(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(username + clientId)));

    /// <summary>ConfirmDevice for the NewDeviceMetadata of a sign-in result, with a fresh device password and its verifier.</summary>
    internal static async Task<string> ConfirmDeviceAsync(Func<string, JsonObject, Task<JsonObject>> call, JsonObject result)
    {
        var metadata = result["NewDeviceMetadata"] ?? throw new InvalidOperationException("The pool tracks devices; the sign-in should name a new device.");
        var key = (string)metadata["DeviceKey"]!;
        var group = (string)metadata["DeviceGroupKey"]!;
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(40));
        var salt = TestSrpClient.Int(RandomNumberGenerator.GetBytes(16));
        var verifier = BigInteger.ModPow(TestSrpClient.G, TestSrpClient.X(salt, group, key, password), TestSrpClient.N);
        await call("ConfirmDevice", new JsonObject
        {
            ["AccessToken"] = (string)result["AccessToken"]!,
            ["DeviceKey"] = key,
            ["DeviceName"] = "phone",
            ["DeviceSecretVerifierConfig"] = new JsonObject { ["PasswordVerifier"] = Convert.ToBase64String(TestSrpClient.Pad(verifier)), ["Salt"] = Convert.ToBase64String(TestSrpClient.Pad(salt)) },
        });
        return key;
    }
}
