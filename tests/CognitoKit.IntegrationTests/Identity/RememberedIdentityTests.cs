using System.Collections.Concurrent;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Identity;

/// <summary>A wrong identity id in the identity id store heals instead of locking the user out.</summary>
public sealed class RememberedIdentityTests
{
    [Fact]
    public async Task GetCredentials_WhenTheStoreHoldsAnotherUsersIdentity_GetsTheUsersOwnIdentity_AndFixesTheStore()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        var store = new KeyRecordingStore();
        ICognitoKit kit = world.CreateKit(configureServices: s => s.AddSingleton<ICognitoIdentityIdStore>(store));
        CognitoSession alice = await world.SignInAsync(kit);
        EmulatedUser other = await world.Pool.AddUserAsync("other-" + Guid.NewGuid().ToString("N")[..8], IdentityWorld.Password);
        SignInStep step = await kit.SignIn(other.Username, IdentityWorld.Password).SendAsync(CancellationToken.None);
        CognitoSession bob = Assert.IsType<SignedIn>(step).Session;
        string aliceIdentity = await kit.Identity.ForSession(alice).GetIdentityIdAsync();
        string bobIdentity = await kit.Identity.ForSession(bob).GetIdentityIdAsync();
        IdentityIdKey aliceKey = store.KeyOf(aliceIdentity);
        await store.SetAsync(aliceKey, bobIdentity, CancellationToken.None);

        CognitoAWSCredentials credentials = kit.Identity.ForSession(alice);
        Amazon.Runtime.ImmutableCredentials issued = await credentials.GetCredentialsAsync();

        Assert.NotEqual(aliceIdentity, bobIdentity);
        Assert.Equal(aliceIdentity, credentials.IdentityId);
        Assert.Equal(aliceIdentity, await store.GetAsync(aliceKey, CancellationToken.None));
        Assert.False(string.IsNullOrEmpty(issued.AccessKey));
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/signed-in/CognitoIdentityCredentials", (await world.WhoAmIAsync(credentials)).Arn);
    }

    [Fact]
    public async Task GetCredentials_WhenTheStoreHoldsAnIdentityCognitoDoesNotKnow_GetsANewOne_AndFixesTheStore()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        var store = new KeyRecordingStore();
        ICognitoKit kit = world.CreateKit(configureServices: s => s.AddSingleton<ICognitoIdentityIdStore>(store));
        CognitoSession session = await world.SignInAsync(kit);
        string identity = await kit.Identity.ForSession(session).GetIdentityIdAsync();
        IdentityIdKey key = store.KeyOf(identity);
        await store.SetAsync(key, "us-east-1:00000000-0000-4000-8000-000000000000", CancellationToken.None);

        CognitoAWSCredentials credentials = kit.Identity.ForSession(session);
        await credentials.GetCredentialsAsync();

        Assert.Equal(identity, credentials.IdentityId);
        Assert.Equal(identity, await store.GetAsync(key, CancellationToken.None));
    }

    /// <summary>The in-memory store, which also tells the test under which key an identity id was saved.</summary>
    private sealed class KeyRecordingStore : ICognitoIdentityIdStore
    {
        private readonly InMemoryCognitoIdentityIdStore _inner = new();
        private readonly ConcurrentDictionary<string, IdentityIdKey> _keys = new(StringComparer.Ordinal);

        public IdentityIdKey KeyOf(string identityId) => _keys[identityId];

        public ValueTask<string?> GetAsync(IdentityIdKey key, CancellationToken cancellationToken) => _inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(IdentityIdKey key, string identityId, CancellationToken cancellationToken)
        {
            _keys.TryAdd(identityId, key);
            return _inner.SetAsync(key, identityId, cancellationToken);
        }

        public ValueTask RemoveAsync(IdentityIdKey key, CancellationToken cancellationToken) => _inner.RemoveAsync(key, cancellationToken);
    }
}
