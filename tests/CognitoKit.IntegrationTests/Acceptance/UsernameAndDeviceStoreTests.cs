using System.Collections.Concurrent;
using CognitoKit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Acceptance;

/// <summary>
/// Issue 4 items 5 and 6 end to end: a device store the app plugs in is the one sign-in saves to and reads from; and
/// with a client secret and email sign-in, both sign-in and refresh hash the username Cognito returned, with no GetUser
/// call to learn it.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class UsernameAndDeviceStoreTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    [Fact]
    public async Task EmailSignInAndRefresh_WithAClientSecret_NeedNoGetUser()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true, UsernameAttributes = ["email"] });
        string email = "e" + Guid.NewGuid().ToString("N")[..8] + "@example.com";
        string username = await pool.CreateUserAsync(email, Password, new Dictionary<string, string> { ["email"] = email });

        CognitoSession session = Assert.IsType<SignedIn>(await pool.Kit.SignIn(email, Password).SendAsync(default)).Session;
        CognitoTokens refreshed = await session.RefreshAsync();

        Assert.NotEqual(email, username);
        Assert.Equal(username, session.Username);
        Assert.NotNull(refreshed.AccessToken);
        Assert.DoesNotContain(pool.Emulator.Requests.All, r => r.Operation == "GetUser" && r.Body.Contains(refreshed.AccessToken, StringComparison.Ordinal));
        Assert.DoesNotContain(pool.Emulator.Requests.All, r => r.Operation == "GetUser" && r.Body.Contains(session.Tokens.AccessToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CustomDeviceStore_RegisteredByTheApp_IsWhereSignInSavesAndFindsTheDevice()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true, DeviceTracking = true });
        string username = "d" + Guid.NewGuid().ToString("N")[..8];
        await pool.CreateUserAsync(username, Password);
        var store = new RecordingDeviceStore();
        ICognitoKit kit = pool.CreateKit(configureServices: s => s.AddSingleton<ICognitoDeviceStore>(store));

        var first = Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync(default));
        var second = Assert.IsType<SignedIn>(await kit.SignIn(username, Password).SendAsync(default));

        Assert.Contains(store.Saved, d => d.DeviceKey == first.NewDevice!.DeviceKey);
        Assert.True(store.Reads > 0);
        Assert.Equal(first.NewDevice!.DeviceKey, second.Session.DeviceKey);
        Assert.Null(second.NewDevice);
    }

    private sealed class RecordingDeviceStore : ICognitoDeviceStore
    {
        private readonly ConcurrentDictionary<string, DeviceSecrets> _devices = new(StringComparer.Ordinal);
        private int _reads;

        public ConcurrentBag<DeviceSecrets> Saved { get; } = [];

        public int Reads => Volatile.Read(ref _reads);

        public ValueTask<DeviceSecrets?> GetAsync(string userPoolId, string username, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return ValueTask.FromResult(_devices.TryGetValue(userPoolId + "/" + username, out DeviceSecrets? d) ? d : null);
        }

        public ValueTask SaveAsync(string userPoolId, string username, DeviceSecrets device, CancellationToken cancellationToken)
        {
            _devices[userPoolId + "/" + username] = device;
            Saved.Add(device);
            return ValueTask.CompletedTask;
        }

        public ValueTask RemoveAsync(string userPoolId, string username, CancellationToken cancellationToken)
        {
            _devices.TryRemove(userPoolId + "/" + username, out _);
            return ValueTask.CompletedTask;
        }
    }
}
