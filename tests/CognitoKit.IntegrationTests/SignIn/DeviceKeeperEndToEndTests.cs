using Microsoft.Extensions.DependencyInjection;
using CognitoKit.IntegrationTests.Infrastructure;

namespace CognitoKit.IntegrationTests.SignIn;

[Collection(EmulatorCollection.Name)]
public sealed class DeviceKeeperEndToEndTests(EmulatorFixture emulator)
{
    private const string Password = "Passw0rd!";

    [Fact]
    public async Task WithADeviceKeeper_TrackedDeviceIsKeptPerUser_AndPresentedAtTheNextSignInWithoutWithDevice()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { DeviceTracking = true });
        await pool.CreateUserAsync("alice", Password);
        await pool.CreateUserAsync("bob", Password);
        var keeper = new InMemoryCognitoDeviceKeeper();
        ICognitoKit kit = pool.CreateKit(configureKit: k => k.AddDeviceKeeper(_ => keeper));

        var first = Assert.IsType<SignedIn>(await kit.SignIn("alice", Password).TrackNewDevice("Alice's laptop").SendAsync());
        DeviceSecrets? kept = await keeper.GetAsync(KeptDeviceKey.For(pool.PoolId, "alice"));
        var second = Assert.IsType<SignedIn>(await kit.SignIn("alice", Password).SendAsync());
        var bob = Assert.IsType<SignedIn>(await kit.SignIn("bob", Password).SendAsync());

        Assert.Equal(first.NewDevice!.Secrets, kept);
        Assert.Null(second.NewDevice);
        Assert.False(second.DeviceRefused);
        Assert.Equal(first.NewDevice.DeviceKey, second.Session.DeviceKey);
        Assert.NotEqual(first.NewDevice.DeviceKey, bob.Session.DeviceKey); // Alice's device never reaches Bob
        Assert.Null(await keeper.GetAsync(KeptDeviceKey.For(pool.PoolId, "bob")));
        Assert.Equal(1, keeper.Count);
    }

    [Fact]
    public async Task WithADeviceKeeper_AKeptDeviceCognitoForgot_IsDroppedFromTheKeeper()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { DeviceTracking = true });
        await pool.CreateUserAsync("carol", Password);
        var keeper = new InMemoryCognitoDeviceKeeper();
        ICognitoKit kit = pool.CreateKit(configureKit: k => k.AddDeviceKeeper(_ => keeper));
        var first = Assert.IsType<SignedIn>(await kit.SignIn("carol", Password).TrackNewDevice().SendAsync());
        await kit.Account(first.Session).Devices.ForgetAsync(first.NewDevice!.DeviceKey);

        var second = Assert.IsType<SignedIn>(await kit.SignIn("carol", Password).SendAsync());

        Assert.True(second.DeviceRefused);
        Assert.Null(await keeper.GetAsync(KeptDeviceKey.For(pool.PoolId, "carol")));
    }

    [Fact]
    public async Task WithoutADeviceKeeper_NothingIsKept_AndTheNextSignInPresentsNoDevice()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { DeviceTracking = true });
        await pool.CreateUserAsync("dave", Password);
        ICognitoKit kit = pool.CreateKit();
        var first = Assert.IsType<SignedIn>(await kit.SignIn("dave", Password).TrackNewDevice().SendAsync());

        var second = Assert.IsType<SignedIn>(await kit.SignIn("dave", Password).SendAsync());

        Assert.NotEqual(first.NewDevice!.DeviceKey, second.Session.DeviceKey);
    }
}
