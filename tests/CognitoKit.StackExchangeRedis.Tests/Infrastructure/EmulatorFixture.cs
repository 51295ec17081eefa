using System.Text.Json.Nodes;
using CognitoKit.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.StackExchangeRedis.Tests.Infrastructure;

/// <summary>An emulator on a fake clock shared with every instance made from it, so tests can move time past token expiry.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public const string Password = "Corr3ct-Horse!";

    private CognitoEmulator? _emulator;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));

    public CognitoEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync() => _emulator = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { TimeProvider = Clock });

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>A new pool and app client (rotating refresh tokens, with no grace period, when asked) with <paramref name="users"/> users.</summary>
    public async Task<FarmPool> CreatePoolAsync(bool rotation, int users = 1, bool deviceTracking = false)
    {
        EmulatedUserPool pool = await Emulator.CreateUserPoolAsync("farm-" + Guid.NewGuid().ToString("N")[..8], body =>
        {
            if (deviceTracking)
            {
                body["DeviceConfiguration"] = new JsonObject { ["ChallengeRequiredOnNewDevice"] = false, ["DeviceOnlyRememberedOnUserPrompt"] = false };
            }
        });
        EmulatedUserPoolClient client = await pool.CreateClientAsync(configure: body =>
        {
            if (rotation)
            {
                body["RefreshTokenRotation"] = new JsonObject { ["Feature"] = "ENABLED", ["RetryGracePeriodSeconds"] = 0 };
            }
        });
        var names = new List<string>();
        for (int i = 0; i < users; i++)
        {
            string name = $"user{i}-{Guid.NewGuid():N}"[..20];
            await pool.AddUserAsync(name, Password, new Dictionary<string, string> { ["email"] = name + "@example.com" });
            names.Add(name);
        }

        return new FarmPool(this, pool, client, names, rotation);
    }
}

/// <summary>A pool of the emulator, its client and users.</summary>
public sealed class FarmPool(EmulatorFixture fixture, EmulatedUserPool pool, EmulatedUserPoolClient client, IReadOnlyList<string> users, bool rotation)
{
    public EmulatorFixture Fixture => fixture;

    public EmulatedUserPool Pool => pool;

    public EmulatedUserPoolClient Client => client;

    public IReadOnlyList<string> Users => users;

    public bool Rotation => rotation;

    /// <summary>How many refreshes of this client the emulator received (REFRESH_TOKEN_AUTH, or GetTokensFromRefreshToken with rotation).</summary>
    public int Refreshes() => fixture.Emulator.Requests.All.Count(r =>
        r.Body.Contains(client.ClientId, StringComparison.Ordinal)
        && (rotation
            ? r.Operation == "GetTokensFromRefreshToken"
            : r.Operation == "InitiateAuth" && r.Body.Contains("REFRESH_TOKEN_AUTH", StringComparison.Ordinal)));
}
