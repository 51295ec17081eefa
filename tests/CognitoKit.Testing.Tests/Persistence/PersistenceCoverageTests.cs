using System.Reflection;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.IdentityPools;
using CognitoKit.Testing.OAuth;
using CognitoKit.Testing.Persistence;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Tests.Persistence;

/// <summary>Guards that keep new state and new operations durable by default.</summary>
public sealed class PersistenceCoverageTests
{
    [Fact]
    public async Task ReadOnlyOperations_AreRegisteredAndLeaveTheStateAlone()
    {
        await using var cognito = await CognitoEmulator.StartAsync();
        var pool = await cognito.CreateUserPoolAsync("p", p => p["DeviceConfiguration"] = new JsonObject { ["ChallengeRequiredOnNewDevice"] = false, ["DeviceOnlyRememberedOnUserPrompt"] = false });
        var client = await pool.CreateClientAsync("app");
        await pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["email"] = "ann@example.com" });
        var signedIn = (await cognito.InvokeAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["ClientId"] = client.ClientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann", ["PASSWORD"] = "Passw0rd!" },
        }))["AuthenticationResult"]!.AsObject();
        var deviceKey = await RestartTests.ConfirmDeviceAsync((operation, request) => cognito.InvokeAsync(operation, request), signedIn);
        var identityPool = await cognito.CreateIdentityPoolAsync(pool, client);
        var identityId = (string)(await cognito.InvokeAsync("AWSCognitoIdentityService.", "GetId", new JsonObject
        {
            ["IdentityPoolId"] = identityPool.Id,
            ["Logins"] = new JsonObject { [cognito.IdentityProviderName(pool)] = (string)signedIn["IdToken"]! },
        }, CancellationToken.None))["IdentityId"]!;
        var body = new JsonObject
        {
            ["UserPoolId"] = pool.Id,
            ["ClientId"] = client.ClientId,
            ["Username"] = "ann",
            ["AccessToken"] = (string)signedIn["AccessToken"]!,
            ["DeviceKey"] = deviceKey,
            ["IdentityPoolId"] = identityPool.Id,
            ["IdentityId"] = identityId,
            ["MaxResults"] = 10,
        };
        var services = ServiceCatalog.Create(new EmulatorState("us-east-1", TimeProvider.System)).JsonServices;
        var before = StateCapture.Capture(cognito.State);
        foreach (var operation in OperationDurability.ReadOnlyOperations)
        {
            var service = services.SingleOrDefault(s => s.TryGetOperation(operation, out _));
            Assert.True(service is not null, $"'{operation}' is listed as read-only but no service serves it.");
            await cognito.InvokeAsync(service.TargetPrefix, operation, (JsonObject)body.DeepClone(), CancellationToken.None);
            var after = StateCapture.Capture(cognito.State);
            Assert.True(
                before.Count == after.Count && before.All(r => after.TryGetValue(r.Key, out var value) && value.AsSpan().SequenceEqual(r.Value)),
                $"'{operation}' is listed as read-only but changed a kept record.");
        }
    }

    [Fact]
    public void MutatingOperations_AreDurableByDefault()
    {
        // Nothing lists them: anything not declared read-only waits for the disk, including operations added later.
        Assert.True(OperationDurability.ChangesState("SignUp"));
        Assert.True(OperationDurability.ChangesState("AdminConfirmSignUp"));
        Assert.True(OperationDurability.ChangesState("SomeOperationAddedTomorrow"));
        Assert.False(OperationDurability.ChangesState("DescribeUserPool"));
    }

    [Fact]
    public void UserPool_EveryProperty_IsKeptOrDeclaredTransient()
    {
        var kept = typeof(PoolRecord).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        kept.Add(nameof(UserPool.WebAuthn));
        var undecided = typeof(UserPool).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.Name)
            .Where(name => !kept.Contains(name) && !PoolRecord.Transient.ContainsKey(name))
            .ToList();
        Assert.True(undecided.Count == 0, "UserPool properties neither kept by PoolRecord nor declared transient there: " + string.Join(", ", undecided));
    }

    [Fact]
    public void Stores_EveryProperty_IsKeptOrDeclaredTransient()
    {
        var undecided = new[] { typeof(EmulatorState), typeof(OAuthDomain), typeof(IdentityStore), typeof(CognitoKit.Testing.SocialProviders.SocialProviderStore) }
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => t.Name + "." + p.Name))
            .Where(name => !StateCapture.Decisions.ContainsKey(name))
            .ToList();
        Assert.True(undecided.Count == 0, "Emulator state neither kept by StateCapture nor declared transient there: " + string.Join(", ", undecided));
    }
}
