using System.Collections.Concurrent;
using CognitoKit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.MultiplePools;

/// <summary>Sessions of one pool never reach the CognitoKit instance of another.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class PoolBoundSessionsEndToEndTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task Restore_SnapshotOfAnotherPool_ThrowsPoolMismatch()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        using ServiceProvider app = pools.CreateApp();
        ICognitoKit customers = app.GetRequiredKeyedService<ICognitoKit>("customers");
        ICognitoKit staff = app.GetRequiredKeyedService<ICognitoKit>("staff");
        CognitoSessionSnapshot carol = (await TwoPools.SignInAsync(customers, "carol")).ToSnapshot();

        var error = Assert.Throws<CognitoSessionPoolMismatchException>(() => staff.Sessions.Restore(carol));

        Assert.Equal("snapshot", error.ParamName);
        Assert.Contains(pools.Customers.Pool.Issuer, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(carol.AccessToken, error.Message, StringComparison.Ordinal);
        Assert.Equal("carol", customers.Sessions.Restore(carol).Username);
    }

    [Fact]
    public async Task Save_SessionOfAnotherPool_ThrowsPoolMismatchAndStoresNothing()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        var store = new DictionaryStore();
        using ServiceProvider app = pools.CreateApp((_, staff) => staff.AddSessionStore(_ => store));
        CognitoSession carol = await TwoPools.SignInAsync(app.GetRequiredKeyedService<ICognitoKit>("customers"), "carol");
        ICognitoKit staffKit = app.GetRequiredKeyedService<ICognitoKit>("staff");

        await Assert.ThrowsAsync<CognitoSessionPoolMismatchException>(() => staffKit.Sessions.SaveAsync("user-1", carol));

        Assert.Empty(store.Entries);
    }

    [Fact]
    public async Task Get_StoredSnapshotOfAnotherPool_ThrowsPoolMismatch()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        var store = new DictionaryStore();
        using ServiceProvider app = pools.CreateApp((_, staff) => staff.AddSessionStore(_ => store));
        CognitoSession carol = await TwoPools.SignInAsync(app.GetRequiredKeyedService<ICognitoKit>("customers"), "carol");
        store.Entries["staff/user-1"] = carol.ToSnapshot(); // a mix-up in a store shared by mistake

        await Assert.ThrowsAsync<CognitoSessionPoolMismatchException>(() => app.GetRequiredKeyedService<ICognitoKit>("staff").Sessions.GetAsync("user-1"));
    }

    [Fact]
    public async Task InstancesSharingOneStore_KeepTheirSessionsApartUnderTheSameKey()
    {
        TwoPools pools = await TwoPools.CreateAsync(emulator);
        var shared = new DictionaryStore();
        using ServiceProvider app = pools.CreateApp((customers, staff) =>
        {
            customers.AddSessionStore(_ => shared);
            staff.AddSessionStore(_ => shared);
        });
        ICognitoKit customersKit = app.GetRequiredKeyedService<ICognitoKit>("customers");
        ICognitoKit staffKit = app.GetRequiredKeyedService<ICognitoKit>("staff");
        await customersKit.Sessions.SaveAsync("user-1", await TwoPools.SignInAsync(customersKit, "carol"));
        await staffKit.Sessions.SaveAsync("user-1", await TwoPools.SignInAsync(staffKit, "sam"));

        CognitoSession? carol = await customersKit.Sessions.GetAsync("user-1");
        CognitoSession? sam = await staffKit.Sessions.GetAsync("user-1");

        Assert.Equal("carol", carol?.Username);
        Assert.Equal("sam", sam?.Username);
        Assert.Equal(2, shared.Entries.Count);
        await staffKit.Sessions.RemoveAsync("user-1");
        Assert.Equal("carol", (await customersKit.Sessions.GetAsync("user-1"))?.Username);
    }

    /// <summary>A store an app might share between instances (one table, one cache).</summary>
    private sealed class DictionaryStore : ICognitoSessionStore
    {
        public ConcurrentDictionary<string, CognitoSessionSnapshot> Entries { get; } = new(StringComparer.Ordinal);

        public ValueTask<CognitoSessionSnapshot?> GetAsync(string key, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Entries.TryGetValue(key, out CognitoSessionSnapshot? snapshot) ? snapshot : null);

        public ValueTask SetAsync(string key, CognitoSessionSnapshot snapshot, CancellationToken cancellationToken = default)
        {
            Entries[key] = snapshot;
            return ValueTask.CompletedTask;
        }

        public ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default)
        {
            Entries.TryRemove(key, out _);
            return ValueTask.CompletedTask;
        }
    }
}
