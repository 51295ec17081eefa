using System.Net;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Mfa;
using CognitoKit.Testing.Persistence;
using CognitoKit.Testing.Seeding;
using Microsoft.AspNetCore.Http;

namespace CognitoKit.Testing;

/// <summary>
/// A local Amazon Cognito that speaks the real wire protocol on 127.0.0.1: point any AWS SDK or Cognito client
/// at <see cref="Endpoint"/>. Start one with <see cref="StartAsync"/>; dispose it to stop.
/// </summary>
public sealed partial class CognitoEmulator : IAsyncDisposable
{
    private const string UserPoolTargetPrefix = "AWSCognitoIdentityProviderService.";
    private readonly EmulatorServices services;
    private EmulatorServer? server;

    private CognitoEmulator(EmulatorState state, EmulatorServices services)
    {
        State = state;
        this.services = services;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri Endpoint => server?.Endpoint ?? throw new InvalidOperationException("The emulator is not listening yet.");

    /// <summary>The region in pool ids.</summary>
    public string Region => State.Region;

    /// <summary>The clock the emulator runs on.</summary>
    public TimeProvider Clock => State.Clock;

    /// <summary>Every email and SMS the emulator "sent", with its code.</summary>
    public EmulatorInbox Inbox => State.Inbox;

    /// <summary>Planned failures and delays.</summary>
    public EmulatorFaults Faults => State.Faults;

    /// <summary>Every request received.</summary>
    public EmulatorRequestLog Requests => State.Requests;

    internal EmulatorState State { get; }

    /// <summary>Starts an emulator, on 127.0.0.1 unless <see cref="CognitoEmulatorOptions.ListenAddress"/> says otherwise.</summary>
    /// <param name="options">Region, clock, address, port and seed; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running emulator, with the seed (if any) applied before it accepted its first request.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CognitoEmulatorOptions.RequestLogCapacity"/> or <see cref="CognitoEmulatorOptions.InboxCapacity"/> is negative.</exception>
    /// <exception cref="CognitoEmulatorSeedException">The seed cannot be applied (a password against the pool's policy,
    /// a pool id of another region...); nothing was started.</exception>
    public static async Task<CognitoEmulator> StartAsync(CognitoEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CognitoEmulatorOptions();
        ArgumentNullException.ThrowIfNull(options.ListenAddress, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.RequestLogCapacity, nameof(options.RequestLogCapacity));
        ArgumentOutOfRangeException.ThrowIfNegative(options.InboxCapacity, nameof(options.InboxCapacity));
        if (options.TriggerTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TriggerTimeout, "TriggerTimeout must be positive.");
        }

        var state = new EmulatorState(options.Region, options.TimeProvider, options.RequestLogCapacity, options.InboxCapacity)
        {
            AllowedHostNames = new HashSet<string>(options.AllowedHostNames ?? [], StringComparer.OrdinalIgnoreCase),
            AcceptsAddressHosts = !IPAddress.IsLoopback(options.ListenAddress),
            TriggerTimeout = options.TriggerTimeout,
            LambdaEndpoint = Triggers.LambdaEndpoints.Resolve(options.LambdaEndpoint, Environment.GetEnvironmentVariable(CognitoEmulatorOptions.LambdaEndpointVariable)),
        };
        if (options.DataDirectory is { } dataDirectory)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory, nameof(options));
            state.Journal = StateJournal.Open(dataDirectory, state);
        }

        try
        {
            var services = ServiceCatalog.Create(state);
            var emulator = new CognitoEmulator(state, services);

            // Seeded before the server listens: no client can see a half-seeded emulator, and a bad seed starts nothing.
            // A data directory that already holds state came from the seed (and what followed): it is not seeded again.
            if (options.Seed is { } seed && !state.UserPools.All.Any())
            {
                await SeedApplier.ApplyAsync(emulator, seed, cancellationToken).ConfigureAwait(false);
                await state.PersistAsync().ConfigureAwait(false);
            }

            emulator.server = await EmulatorServer.StartAsync(state, services, options.ListenAddress, options.Port, cancellationToken).ConfigureAwait(false);
            return emulator;
        }
        catch
        {
            state.Sweeper.Dispose();
            if (state.Journal is not null)
            {
                await state.Journal.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>A user pool of this emulator by its id, such as one a seed declared.</summary>
    /// <param name="userPoolId">The pool id, e.g. <c>us-east-1_Example1</c>.</param>
    /// <returns>The pool.</returns>
    /// <exception cref="CognitoEmulatorException">The emulator has no such pool (<c>ResourceNotFoundException</c>).</exception>
    public EmulatedUserPool GetUserPool(string userPoolId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userPoolId);
        return State.UserPools.Find(userPoolId) is { } pool
            ? new EmulatedUserPool(this, pool)
            : throw new CognitoEmulatorException("ResourceNotFoundException", "User pool " + userPoolId + " does not exist.");
    }

    /// <summary>Creates a user pool.</summary>
    /// <param name="name">The pool name.</param>
    /// <param name="configure">Edits the CreateUserPool request body (policies, MFA, sign-in attributes, devices...).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pool.</returns>
    public async Task<EmulatedUserPool> CreateUserPoolAsync(string name = "test-pool", Action<JsonObject>? configure = null, CancellationToken cancellationToken = default)
    {
        var request = new JsonObject { ["PoolName"] = name };
        configure?.Invoke(request);
        var response = await InvokeAsync("CreateUserPool", request, cancellationToken).ConfigureAwait(false);
        var id = (string)response["UserPool"]!["Id"]!;
        return new EmulatedUserPool(this, State.UserPools.Get(id));
    }

    /// <summary>The TOTP code an authenticator holding <paramref name="secretCode"/> shows now on the emulator clock.</summary>
    /// <param name="secretCode">The SecretCode from AssociateSoftwareToken.</param>
    /// <param name="stepOffset">Steps of 30 s from now (e.g. 1 for the next code).</param>
    /// <returns>Six digits.</returns>
    public string TotpCode(string secretCode, int stepOffset = 0) => Totp.Code(secretCode, Totp.StepAt(State.Now) + stepOffset);

    /// <summary>Calls a cognito-idp operation in process, without HTTP.</summary>
    /// <param name="operation">The operation name, e.g. <c>AdminCreateUser</c>.</param>
    /// <param name="request">The request body, as on the wire.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response body.</returns>
    public Task<JsonObject> InvokeAsync(string operation, JsonObject request, CancellationToken cancellationToken = default) =>
        InvokeAsync(UserPoolTargetPrefix, operation, request, cancellationToken);

    /// <summary>Calls an operation of the JSON service answering <paramref name="targetPrefix"/> (e.g. <c>AWSCognitoIdentityService.</c>) in process.</summary>
    /// <remarks><c>fixedId</c> is the id to give what the operation creates (a seed's fixed ids); null for a random one.</remarks>
    internal async Task<JsonObject> InvokeAsync(string targetPrefix, string operation, JsonObject request, CancellationToken cancellationToken, string? fixedId = null)
    {
        var service = services.JsonServices.FirstOrDefault(s => s.TargetPrefix == targetPrefix)
            ?? throw new CognitoEmulatorException("UnknownOperationException", "No service answers " + targetPrefix + operation + ".");
        if (!service.TryGetOperation(operation, out var handler))
        {
            throw new CognitoEmulatorException("UnknownOperationException", "Unknown operation " + operation + ".");
        }

        // The request as the wire would carry it: a JsonObject built in code holds CLR values (an int where the wire has a
        // JSON number a handler reads as long) and stays the caller's to change; its JSON text parsed again is neither.
        request = JsonNode.Parse(request.ToJsonString())!.AsObject();
        try
        {
            foreach (var member in service.RequiredMembers(operation).Where(m => request[m] is null))
            {
                throw AwsServiceException.MissingMember(member);
            }

            var context = new DefaultHttpContext { RequestAborted = cancellationToken };
            var response = await handler(new AwsJsonRequest(operation, request, context, Guid.NewGuid().ToString()) { FixedId = fixedId }).ConfigureAwait(false) ?? new JsonObject();
            if (OperationDurability.ChangesState(operation))
            {
                await State.PersistAsync().ConfigureAwait(false);
            }

            return response;
        }
        catch (AwsServiceException error)
        {
            throw new CognitoEmulatorException(error.ErrorCode, error.Message);
        }
    }

    /// <summary>Stops the server; with a data directory, writes the last changes and a snapshot, then releases the directory.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        State.Sweeper.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }

        if (State.Journal is { } journal)
        {
            await journal.DisposeAsync().ConfigureAwait(false);
        }
    }
}
