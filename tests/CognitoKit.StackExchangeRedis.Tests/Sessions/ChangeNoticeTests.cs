using System.Collections.Concurrent;
using CognitoKit.StackExchangeRedis.Tests.Infrastructure;
using StackExchange.Redis;

namespace CognitoKit.StackExchangeRedis.Tests.Sessions;

/// <summary>
/// Redis pub/sub may deliver a write's change notice to an instance after that instance has already read the written
/// value: the notice must not drop that fresh copy (which the instance needs, for one, to keep serving the session
/// through a Redis outage). A notice of another write still drops it. The late delivery is reproduced by capturing the
/// notice off the channel and publishing it again once the reader holds the value.
/// </summary>
public sealed class ChangeNoticeTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task LateNoticeOfTheValueAlreadyRead_KeepsTheCopy_ThroughAnOutage()
    {
        await using var saved = await SavedAndReadAsync();
        (Farm farm, RedisChannel channel, string notice) = (saved.Farm, saved.Channel, saved.Notice);

        await saved.Listener.PublishAsync(channel, notice); // the same notice, delivered late
        await Task.Delay(TimeSpan.FromSeconds(1)); // time for the instance to handle it
        await farm.Redis.StopAsync(save: false);

        CognitoSession? held = await farm.Instances[1].Sessions.GetAsync("carol");
        Assert.NotNull(held);
    }

    [Fact]
    public async Task NoticeOfAnotherWrite_DropsTheCopy()
    {
        await using var saved = await SavedAndReadAsync();
        (Farm farm, RedisChannel channel, string notice) = (saved.Farm, saved.Channel, saved.Notice);
        string sender = notice[..notice.IndexOf('|', StringComparison.Ordinal)];
        string otherWrite = "00112233AABBCCDD~" + sender[(sender.IndexOf('~', StringComparison.Ordinal) + 1)..] + notice[sender.Length..];

        await saved.Listener.PublishAsync(channel, otherWrite);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await farm.Redis.StopAsync(save: false);

        await Assert.ThrowsAsync<CognitoSessionStoreUnavailableException>(() => farm.Instances[1].Sessions.GetAsync("carol"));
    }

    /// <summary>
    /// Two instances; the first signs carol in and saves her session, whose change notice the listener captures; then the
    /// second reads the session from Redis (the value written).
    /// </summary>
    private async Task<SavedAndRead> SavedAndReadAsync()
    {
        FarmPool pool = await emulator.CreatePoolAsync(rotation: false);
        Farm farm = await Farm.StartAsync(pool, instances: 2);
        NoticeListener listener = await NoticeListener.StartAsync(farm.Redis);
        await farm.SignInAndSaveAsync(farm.Instances[0], pool.Users[0], "carol");
        (RedisChannel channel, string notice) = await listener.NoticeOfAsync("carol");
        Assert.NotNull(await farm.Instances[1].Sessions.GetAsync("carol"));
        return new SavedAndRead(farm, listener, channel, notice);
    }

    private sealed record SavedAndRead(Farm Farm, NoticeListener Listener, RedisChannel Channel, string Notice) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Listener.DisposeAsync();
            await Farm.DisposeAsync();
        }
    }

    /// <summary>A plain Redis client on every <c>…:changed</c> channel, recording what the instances announce.</summary>
    private sealed class NoticeListener : IAsyncDisposable
    {
        private readonly ConnectionMultiplexer _connection;
        private readonly ConcurrentQueue<(RedisChannel Channel, string Message)> _seen = new();

        private NoticeListener(ConnectionMultiplexer connection) => _connection = connection;

        public static async Task<NoticeListener> StartAsync(RedisServer redis)
        {
            var listener = new NoticeListener(await ConnectionMultiplexer.ConnectAsync(redis.Configuration));
            await listener._connection.GetSubscriber().SubscribeAsync(
                RedisChannel.Pattern("*:changed"), (channel, message) => listener._seen.Enqueue((channel, message.ToString())));
            return listener;
        }

        public async Task<(RedisChannel Channel, string Message)> NoticeOfAsync(string key)
        {
            var found = await Eventually.UntilAsync(
                () => Task.FromResult(_seen.FirstOrDefault(n => n.Message.EndsWith("|" + key, StringComparison.Ordinal))),
                n => n.Message is not null,
                TimeSpan.FromSeconds(10),
                TimeSpan.FromMilliseconds(50));
            return found.Message is not null ? found : throw new InvalidOperationException($"No change notice of '{key}' was published.");
        }

        public Task PublishAsync(RedisChannel channel, string message) =>
            _connection.GetSubscriber().PublishAsync(RedisChannel.Literal(channel.ToString()), message);

        public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
    }
}
