using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Mfa;
using Microsoft.AspNetCore.Http;

namespace CognitoKit.Testing;

/// <summary>
/// A local Amazon Cognito that speaks the real wire protocol on 127.0.0.1: point any AWS SDK or Cognito client
/// at <see cref="Endpoint"/>. Start one with <see cref="StartAsync"/>; dispose it to stop.
/// </summary>
public sealed partial class CognitoEmulator : IAsyncDisposable
{
    private const string UserPoolTargetPrefix = "AWSCognitoIdentityProviderService.";
    private readonly EmulatorServer server;
    private readonly EmulatorServices services;

    private CognitoEmulator(EmulatorState state, EmulatorServices services, EmulatorServer server)
    {
        State = state;
        this.services = services;
        this.server = server;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri Endpoint => server.Endpoint;

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

    /// <summary>Starts an emulator on 127.0.0.1.</summary>
    /// <param name="options">Region, clock and port; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running emulator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CognitoEmulatorOptions.RequestLogCapacity"/> or <see cref="CognitoEmulatorOptions.InboxCapacity"/> is negative.</exception>
    public static async Task<CognitoEmulator> StartAsync(CognitoEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CognitoEmulatorOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.RequestLogCapacity, nameof(options.RequestLogCapacity));
        ArgumentOutOfRangeException.ThrowIfNegative(options.InboxCapacity, nameof(options.InboxCapacity));
        var state = new EmulatorState(options.Region, options.TimeProvider, options.RequestLogCapacity, options.InboxCapacity);
        var services = ServiceCatalog.Create(state);
        try
        {
            var server = await EmulatorServer.StartAsync(state, services, options.Port, cancellationToken).ConfigureAwait(false);
            return new CognitoEmulator(state, services, server);
        }
        catch
        {
            state.Sweeper.Dispose();
            throw;
        }
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
    internal async Task<JsonObject> InvokeAsync(string targetPrefix, string operation, JsonObject request, CancellationToken cancellationToken)
    {
        var service = services.JsonServices.FirstOrDefault(s => s.TargetPrefix == targetPrefix)
            ?? throw new CognitoEmulatorException("UnknownOperationException", "No service answers " + targetPrefix + operation + ".");
        if (!service.TryGetOperation(operation, out var handler))
        {
            throw new CognitoEmulatorException("UnknownOperationException", "Unknown operation " + operation + ".");
        }

        try
        {
            foreach (var member in service.RequiredMembers(operation).Where(m => request[m] is null))
            {
                throw AwsServiceException.MissingMember(member);
            }

            var context = new DefaultHttpContext { RequestAborted = cancellationToken };
            return await handler(new AwsJsonRequest(operation, request, context, Guid.NewGuid().ToString())).ConfigureAwait(false) ?? new JsonObject();
        }
        catch (AwsServiceException error)
        {
            throw new CognitoEmulatorException(error.ErrorCode, error.Message);
        }
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        State.Sweeper.Dispose();
        await server.DisposeAsync().ConfigureAwait(false);
    }
}
