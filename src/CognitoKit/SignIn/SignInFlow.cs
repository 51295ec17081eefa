using System.Diagnostics;
using CognitoKit.Devices;
using CognitoKit.Diagnostics;
using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Sessions;
using CognitoKit.Shared;
using CognitoKit.SignIn.Srp;
using CognitoKit.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.SignIn;

/// <summary>
/// The sign-in state machine: starts a flow, answers the challenges that need no user (SRP password and device
/// verifiers), turns every other challenge into a typed step, and finishes with a session (confirming a new device).
/// </summary>
internal sealed partial class SignInFlow
{
    private readonly IUserPoolsClient _client;
    private readonly CognitoKitOptions _options;
    private readonly TimeProvider _time;
    private readonly DeviceRegistrar _devices;
    private readonly CognitoSessionFactory _sessions;
    private readonly ILogger _logger;
    private readonly string _poolName;
    private ClientSecrets? _secrets;

    public SignInFlow(
        IUserPoolsClient client,
        IOptions<CognitoKitOptions> options,
        TimeProvider time,
        DeviceRegistrar devices,
        CognitoSessionFactory sessions,
        ILogger<SignInFlow>? logger = null)
    {
        _client = client;
        _options = options.Value;
        _time = time;
        _devices = devices;
        _sessions = sessions;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _poolName = PasswordClaim.GetPoolName(_options.UserPoolId);
    }

    /// <summary>Where the client secret is read, on every call (the monitor's current value under dependency injection).</summary>
    public ClientSecrets Secrets
    {
        get => _secrets ??= ClientSecrets.Fixed(_options);
        init => _secrets = value;
    }

    /// <summary>The app's device keeper, when it registered one: devices kept per pool and username.</summary>
    public ICognitoDeviceKeeper? Keeper { get; init; }

    /// <summary>Where SRP ephemerals come from (tests inject fixed ones).</summary>
    public SrpEphemeralSource Ephemerals { get; init; } = SrpEphemeralSource.Shared;

    /// <summary>Where sign-in steps are counted.</summary>
    public CognitoKitMetrics Metrics { get; init; } = CognitoKitMetrics.Shared;

    /// <summary>Sends <c>InitiateAuth</c> for <paramref name="start"/> and returns the first step the user sees.</summary>
    public async Task<SignInStep> StartAsync(SignInStart start, CancellationToken cancellationToken)
    {
        if (!Telemetry.Source.HasListeners() && !Metrics.SignInSteps.Enabled)
        {
            return await StartCoreAsync(start, cancellationToken).ConfigureAwait(false);
        }

        using Activity? activity = Telemetry.Source.StartActivity(Telemetry.SignInSpan);
        activity?.SetTag(Telemetry.AuthFlow, start.AuthFlow);
        try
        {
            SignInStep step = await StartCoreAsync(start, cancellationToken).ConfigureAwait(false);
            ObserveStep(activity, "start", answered: null, step, failure: null);
            return step;
        }
        catch (Exception ex)
        {
            ObserveStep(activity, "start", answered: null, step: null, ex);
            throw;
        }
    }

    private async Task<SignInStep> StartCoreAsync(SignInStart start, CancellationToken cancellationToken)
    {
        if (start.Device is null && !start.DeviceRefused && !start.Admin && Keeper is not null)
        {
            DeviceSecrets? kept = await ReadKeptDeviceAsync(start.Username, cancellationToken).ConfigureAwait(false);
            start = kept is null ? start : start with { Device = kept, DeviceFromKeeper = true };
        }

        var context = new SignInContext(this, start);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["USERNAME"] = start.Username };
        if (context.Device is { } device)
        {
            parameters["DEVICE_KEY"] = device.DeviceKey;
        }

        switch (start.AuthFlow)
        {
            case AuthFlowType.UserSrpAuth:
                await AddSrpAAsync(context, parameters, cancellationToken).ConfigureAwait(false);
                break;
            case AuthFlowType.UserPasswordAuth or AuthFlowType.AdminUserPasswordAuth:
                parameters["PASSWORD"] = start.Password!;
                break;
            case AuthFlowType.CustomAuth when start.CustomWithSrp:
                parameters["CHALLENGE_NAME"] = "SRP_A";
                await AddSrpAAsync(context, parameters, cancellationToken).ConfigureAwait(false);
                break;
            case AuthFlowType.UserAuth when start.PreferredChallenge is { } preferred:
                parameters["PREFERRED_CHALLENGE"] = preferred;
                if (preferred == ChallengeNameType.Password)
                {
                    parameters["PASSWORD"] = start.Password!;
                }
                else if (preferred == ChallengeNameType.PasswordSrp)
                {
                    await AddSrpAAsync(context, parameters, cancellationToken).ConfigureAwait(false);
                }

                break;
        }

        InitiateAuthResponse response;
        try
        {
            response = await Secrets.SendAsync(secret =>
            {
                // The first call is hashed with what the user typed: Cognito has not yet said whose alias it is.
                context.Secret = secret;
                if (secret is not null)
                {
                    parameters["SECRET_HASH"] = SecretHash.Compute(start.Username, _options.ClientId, secret);
                }

                return InitiateAsync(start, context, parameters, cancellationToken);
            }).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException ex) when (IsDeviceRefusal(ex) && CanRetryWithoutDevice(context))
        {
            return await RetryWithoutDeviceAsync(context, ex, cancellationToken).ConfigureAwait(false);
        }
        catch (NotAuthorizedException ex) when (start.SignUpSession is not null && IsExpiredSession(ex))
        {
            throw new SignUpSessionRefusedException(ex);
        }

        return await ContinueAsync(context, ChallengeState.From(response), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers a challenge the user answered, then carries on to the next step.</summary>
    public async Task<SignInStep> RespondAsync(SignInContext context, string challengeName, string? session, Dictionary<string, string> responses, CancellationToken cancellationToken)
    {
        ChallengeState state = await SendAsync(context, challengeName, session, responses, cancellationToken).ConfigureAwait(false);
        return await ContinueAsync(context, state, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The <c>SELECT_CHALLENGE</c> answer: the factor, and the password or <c>SRP_A</c> when it is a password factor.</summary>
    public async Task<SignInStep> ChooseFirstFactorAsync(SignInContext context, string? session, AuthFactor factor, string? password, CancellationToken cancellationToken)
    {
        var responses = new Dictionary<string, string>(StringComparer.Ordinal) { ["ANSWER"] = AuthFactors.ToWire(factor) };
        if (factor == AuthFactor.Password)
        {
            responses["PASSWORD"] = password!;
        }
        else if (factor == AuthFactor.PasswordSrp)
        {
            context.Password = password;
            await AddSrpAAsync(context, responses, cancellationToken).ConfigureAwait(false);
        }

        return await RespondAsync(context, ChallengeNameType.SelectChallenge, session, responses, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A <c>PASSWORD</c> or <c>PASSWORD_SRP</c> challenge: the password itself, or <c>SRP_A</c> and then the verifier.</summary>
    public async Task<SignInStep> AnswerPasswordAsync(SignInContext context, string name, string? session, string password, CancellationToken cancellationToken)
    {
        var responses = new Dictionary<string, string>(StringComparer.Ordinal);
        if (name == ChallengeNameType.PasswordSrp)
        {
            context.Password = password;
            await AddSrpAAsync(context, responses, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            responses["PASSWORD"] = password;
        }

        return await RespondAsync(context, name, session, responses, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Finishes TOTP enrolment during sign-in: <c>VerifySoftwareToken</c> with the enrolment session, then
    /// <c>MFA_SETUP</c> with the session it returns.
    /// </summary>
    public async Task<SignInStep> CompleteTotpSetupAsync(SignInContext context, string? session, string code, string? friendlyDeviceName, CancellationToken cancellationToken)
    {
        VerifySoftwareTokenResponse verified;
        try
        {
            verified = await _client.VerifySoftwareTokenAsync(
                new VerifySoftwareTokenRequest { Session = session, UserCode = code, FriendlyDeviceName = friendlyDeviceName },
                cancellationToken).ConfigureAwait(false);
        }
        catch (NotAuthorizedException ex) when (IsExpiredSession(ex))
        {
            throw new SignInSessionExpiredException(ChallengeNameType.MfaSetup, ex);
        }

        if (verified.Status == VerifySoftwareTokenResponseType.Error)
        {
            throw new CodeMismatchException("Cognito did not accept the authenticator code.");
        }

        return await RespondAsync(context, ChallengeNameType.MfaSetup, verified.Session ?? session, [], cancellationToken).ConfigureAwait(false);
    }

    private async Task<ChallengeState> SendAsync(SignInContext context, string challengeName, string? session, Dictionary<string, string> responses, CancellationToken cancellationToken)
    {
        responses.TryAdd("USERNAME", context.Username);
        string? first = context.Secret ?? Secrets.Current;
        bool hashed = first is not null && !responses.ContainsKey("SECRET_HASH");
        if (context.Device is { } device)
        {
            responses.TryAdd("DEVICE_KEY", device.DeviceKey);
        }

        try
        {
            RespondToAuthChallengeResponse response = !hashed
                ? await RespondToChallengeAsync(context, challengeName, session, responses, cancellationToken).ConfigureAwait(false)
                : await Secrets.SendAsync(first, secret =>
                {
                    // Hashed with the username Cognito returned, so sign-in with an email or phone alias works with a secret.
                    context.Secret = secret;
                    responses["SECRET_HASH"] = SecretHash.Compute(responses["USERNAME"], _options.ClientId, secret!);
                    return RespondToChallengeAsync(context, challengeName, session, responses, cancellationToken);
                }).ConfigureAwait(false);
            return ChallengeState.From(response);
        }
        catch (NotAuthorizedException ex) when (IsExpiredSession(ex))
        {
            throw new SignInSessionExpiredException(challengeName, ex);
        }
    }

    private Task<InitiateAuthResponse> InitiateAsync(SignInStart start, SignInContext context, Dictionary<string, string> parameters, CancellationToken cancellationToken) =>
        start.Admin ? AdminInitiateAsync(start, context, parameters, cancellationToken) : InitiateAsUserAsync(start, context, parameters, cancellationToken);

    private Task<InitiateAuthResponse> InitiateAsUserAsync(SignInStart start, SignInContext context, Dictionary<string, string> parameters, CancellationToken cancellationToken) =>
        _client.InitiateAuthAsync(
            new InitiateAuthRequest
            {
                AuthFlow = start.AuthFlow,
                ClientId = _options.ClientId,
                AuthParameters = parameters,
                ClientMetadata = context.ClientMetadata,
                Session = start.SignUpSession,
            },
            cancellationToken);

    private Task<RespondToAuthChallengeResponse> RespondToChallengeAsync(SignInContext context, string challengeName, string? session, Dictionary<string, string> responses, CancellationToken cancellationToken) =>
        context.Start.Admin ? AdminRespondAsync(context, challengeName, session, responses, cancellationToken) : RespondAsUserAsync(context, challengeName, session, responses, cancellationToken);

    private Task<RespondToAuthChallengeResponse> RespondAsUserAsync(SignInContext context, string challengeName, string? session, Dictionary<string, string> responses, CancellationToken cancellationToken) =>
        _client.RespondToAuthChallengeAsync(
            new RespondToAuthChallengeRequest
            {
                ClientId = _options.ClientId,
                ChallengeName = challengeName,
                Session = session,
                ChallengeResponses = responses,
                ClientMetadata = context.ClientMetadata,
            },
            cancellationToken);

    private async Task<SignInStep> CompleteAsync(SignInContext context, AuthenticationResultType result, CancellationToken cancellationToken)
    {
        SignInStep step = await CompleteSessionAsync(context, result, cancellationToken).ConfigureAwait(false);
        if (step is SignedIn signedIn)
        {
            await signedIn.Session.Events.SignedInAsync(signedIn.Session, context.Start.AuthFlow).ConfigureAwait(false);
        }

        return step;
    }

    private async Task<SignInStep> CompleteSessionAsync(SignInContext context, AuthenticationResultType result, CancellationToken cancellationToken)
    {
        context.Password = null;
        bool refused = context.Start.DeviceRefused;
        string? deviceKey = context.Device?.DeviceKey;
        if (result.NewDeviceMetadata is not { } metadata || result.AccessToken is not { } accessToken)
        {
            await ForgetRefusedKeptDeviceAsync(context, refused, cancellationToken).ConfigureAwait(false);
            return new SignedIn(_sessions.Create(result, deviceKey), null, refused);
        }

        // A new device means Cognito did not recognise any device presented, so the caller should drop it. Cognito refuses
        // to refresh the tokens of a sign-in whose new device is not confirmed, so the device is always confirmed. Only
        // with TrackNewDevice are its secrets handed to the caller (only the caller knows which end user's device they
        // belong to); otherwise its password is thrown away, so the device can never answer device SRP or skip MFA.
        refused |= deviceKey is not null;
        CognitoSession session = _sessions.Create(result, null);
        session.DeviceKey = null;
        if (!context.Start.TrackNewDevice)
        {
            session.DeviceKey = await _devices.ConfirmWithoutKeepingAsync(metadata, accessToken, cancellationToken).ConfigureAwait(false);
            await ForgetRefusedKeptDeviceAsync(context, refused, cancellationToken).ConfigureAwait(false);
            return new SignedIn(session, null, refused);
        }

        var confirmed = await _devices.ConfirmAsync(metadata, accessToken, context.Start.DeviceName, cancellationToken).ConfigureAwait(false);
        if (confirmed is not { } device)
        {
            await ForgetRefusedKeptDeviceAsync(context, refused, cancellationToken).ConfigureAwait(false);
            return new SignedIn(session, null, refused);
        }

        session.DeviceKey = device.Secrets.DeviceKey;
        await KeepDeviceAsync(context.Start.Username, device.Secrets, cancellationToken).ConfigureAwait(false);
        return new SignedIn(session, new NewDevice(_devices, session, device.Secrets, device.Remembered), refused);
    }

    private async Task AddSrpAAsync(SignInContext context, Dictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        context.Ephemeral = await Ephemerals.TakeAsync(cancellationToken).ConfigureAwait(false);
        parameters["SRP_A"] = context.Ephemeral.PublicValueHex;
    }

    private static bool IsExpiredSession(NotAuthorizedException ex) =>
        ex.Message.Contains("session is expired", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("Invalid session", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A presented device Cognito refuses (forgotten, deleted, another user's) is dropped and the sign-in retried once
    /// without it, if the flow can be replayed without asking the user again.
    /// </summary>
    private static bool CanRetryWithoutDevice(SignInContext context) =>
        context.Device is not null && !context.Start.DeviceRefused
        && context.Start.AuthFlow is AuthFlowType.UserSrpAuth or AuthFlowType.UserPasswordAuth;

    /// <summary>Cognito answers <c>Device does not exist.</c>; other missing resources (a wrong client id) are not about the device.</summary>
    private static bool IsDeviceRefusal(ResourceNotFoundException ex) =>
        ex.Message.Contains("device", StringComparison.OrdinalIgnoreCase);

    private async Task<SignInStep> RetryWithoutDeviceAsync(SignInContext context, CognitoException cause, CancellationToken cancellationToken)
    {
        SignInLog.PresentedDeviceRefused(_logger, cause.ErrorCode);
        return await StartCoreAsync(context.Start with { Device = null, DeviceRefused = true }, cancellationToken).ConfigureAwait(false);
    }
}
