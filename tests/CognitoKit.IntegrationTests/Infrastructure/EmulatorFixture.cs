using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.Infrastructure;

/// <summary>
/// One <see cref="CognitoEmulator"/> shared by every test class in the <see cref="EmulatorCollection"/>.
/// Each test makes its own pool with <see cref="CreatePoolAsync"/>, so tests never see each other's users.
/// </summary>
/// <example>
/// <code>
/// [Collection(EmulatorCollection.Name)]
/// public sealed class MyTests(EmulatorFixture emulator)
/// {
///     [Fact]
///     public async Task SignIn_WithPassword_ReturnsSession()
///     {
///         TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true });
///         await pool.CreateUserAsync("alice", "Passw0rd!");
///         SignInStep step = await pool.Kit.SignIn("alice", "Passw0rd!").SendAsync(default);
///         Assert.IsType&lt;SignedIn&gt;(step);
///     }
/// }
/// </code>
/// </example>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private CognitoEmulator? _emulator;

    /// <summary>The running emulator (for <c>Inbox</c>, <c>Faults</c>, <c>Requests</c> and its clock).</summary>
    public CognitoEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    /// <summary>The emulator's base address, to put in <c>CognitoKitOptions.UserPoolEndpoint</c>.</summary>
    public Uri Endpoint => Emulator.Endpoint;

    /// <summary>Creates a new user pool and app client with <paramref name="settings"/>, and an <c>ICognitoKit</c> for them.</summary>
    /// <param name="settings">The pool and client settings; <c>null</c> for the defaults (SRP and password flows, no secret).</param>
    /// <returns>The pool, ready for users.</returns>
    public Task<TestPool> CreatePoolAsync(TestPoolSettings? settings = null) =>
        TestPool.CreateAsync(this, settings ?? new TestPoolSettings());

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        _emulator = await CognitoEmulator.StartAsync().ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
