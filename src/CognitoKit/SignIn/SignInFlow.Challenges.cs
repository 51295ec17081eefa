using System.Net;
using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn.Srp;

namespace CognitoKit.SignIn;

/// <summary>The part of the state machine that reads Cognito's answers and picks the next step.</summary>
internal sealed partial class SignInFlow
{
    private async Task<SignInStep> ContinueAsync(SignInContext context, ChallengeState state, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (state.Result is { } result)
            {
                return await CompleteAsync(context, result, cancellationToken).ConfigureAwait(false);
            }

            LearnUsername(context, state.Parameters);
            string name = state.ChallengeName
                ?? throw new CognitoProtocolException("Cognito's sign-in answer has neither tokens nor a challenge.", null, HttpStatusCode.OK);
            switch (name)
            {
                case ChallengeNameType.PasswordVerifier:
                    try
                    {
                        state = await SendAsync(context, name, state.Session, ClaimPassword(context, state.Parameters), cancellationToken).ConfigureAwait(false);
                    }
                    catch (ResourceNotFoundException ex) when (IsDeviceRefusal(ex) && CanRetryWithoutDevice(context))
                    {
                        return await RetryWithoutDeviceAsync(context, ex, cancellationToken).ConfigureAwait(false);
                    }

                    SignInLog.AnsweredAutomatically(_logger, name);
                    break;
                case ChallengeNameType.DeviceSrpAuth or ChallengeNameType.DevicePasswordVerifier:
                    try
                    {
                        state = await AnswerDeviceChallengeAsync(context, name, state, cancellationToken).ConfigureAwait(false);
                    }
                    catch (CognitoException ex) when (ex is ResourceNotFoundException or NotAuthorizedException && CanRetryWithoutDevice(context))
                    {
                        return await RetryWithoutDeviceAsync(context, ex, cancellationToken).ConfigureAwait(false);
                    }

                    SignInLog.AnsweredAutomatically(_logger, name);
                    break;
                default:
                    return await ToStepAsync(context, name, state, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<SignInStep> ToStepAsync(SignInContext context, string name, ChallengeState state, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, string> parameters = state.Parameters;
        switch (name)
        {
            case ChallengeNameType.SmsMfa or ChallengeNameType.SmsOtp:
                return new SmsCodeRequired(context, name, state.Session, parameters);
            case ChallengeNameType.EmailOtp:
                return new EmailCodeRequired(context, state.Session, parameters);
            case ChallengeNameType.SoftwareTokenMfa:
                return new TotpCodeRequired(context, state.Session, parameters);
            case ChallengeNameType.SelectMfaType:
                return new MfaSelectionRequired(context, state.Session, parameters);
            case ChallengeNameType.NewPasswordRequired:
                return new NewPasswordRequired(context, state.Session, parameters);
            case ChallengeNameType.CustomChallenge:
                return new CustomChallengeRequired(context, state.Session, parameters);
            case ChallengeNameType.SelectChallenge:
                return new FirstFactorSelectionRequired(context, state.Session, parameters, state.AvailableChallenges);
            case ChallengeNameType.WebAuthn:
                string options = parameters.GetValueOrDefault("CREDENTIAL_REQUEST_OPTIONS") is { Length: > 0 } json
                    ? json
                    : throw new CognitoProtocolException("Cognito asked for a passkey (WEB_AUTHN) without CREDENTIAL_REQUEST_OPTIONS.", null, HttpStatusCode.OK);
                return new PasskeyRequired(context, state.Session, parameters, options);
            case ChallengeNameType.MfaSetup:
                return await MfaSetupStepAsync(context, state.Session, parameters, cancellationToken).ConfigureAwait(false);
            case ChallengeNameType.Password or ChallengeNameType.PasswordSrp:
                return new PasswordRequired(context, name, state.Session, parameters);
            case ChallengeNameType.AdminNoSrpAuth:
                throw new CognitoProtocolException(
                    "Cognito asked for ADMIN_NO_SRP_AUTH, which only AdminRespondToAuthChallenge answers: this app client's sign-in cannot.", null, HttpStatusCode.OK);
        }

        SignInLog.UnknownChallenge(_logger, name);
        return new UnknownChallenge(context, name, state.Session, parameters);
    }

    /// <summary>
    /// <c>MFA_SETUP</c>: straight to TOTP or email set-up when that is the only kind offered, else a choice among those
    /// CognitoKit can set up during sign-in (SMS needs a phone number added by an administrator first).
    /// </summary>
    private async Task<SignInStep> MfaSetupStepAsync(SignInContext context, string? session, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        IReadOnlyList<MfaType> offered = MfaSetupSelectionRequired.Offered(parameters);
        return offered switch
        {
            [MfaType.Totp] => await StartTotpSetupAsync(context, session, parameters, cancellationToken).ConfigureAwait(false),
            [MfaType.Email] => new EmailMfaSetupRequired(context, session, parameters),
            _ => new MfaSetupSelectionRequired(context, session, parameters, offered),
        };
    }

    /// <summary>Starts TOTP enrolment during sign-in: <c>AssociateSoftwareToken</c> with the challenge's session.</summary>
    public async Task<SignInStep> StartTotpSetupAsync(SignInContext context, string? session, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        AssociateSoftwareTokenResponse associated;
        try
        {
            associated = await _client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = session }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (NotAuthorizedException ex) when (IsExpiredSession(ex))
        {
            throw new SignInSessionExpiredException(ChallengeNameType.MfaSetup, ex);
        }

        string secretCode = associated.SecretCode
            ?? throw new CognitoProtocolException("Cognito's AssociateSoftwareToken answer has no SecretCode.", null, HttpStatusCode.OK);
        return new TotpSetupRequired(context, session, parameters, secretCode, associated.Session);
    }

    private async Task<ChallengeState> AnswerDeviceChallengeAsync(SignInContext context, string name, ChallengeState state, CancellationToken cancellationToken)
    {
        DeviceSecrets device = context.Device
            ?? throw new CognitoProtocolException($"Cognito asked for {name}, but this sign-in offered no remembered device.", null, HttpStatusCode.OK);
        if (name == ChallengeNameType.DeviceSrpAuth)
        {
            context.DeviceEphemeral = await Ephemerals.TakeAsync(cancellationToken).ConfigureAwait(false);
            var start = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["DEVICE_KEY"] = device.DeviceKey,
                ["SRP_A"] = context.DeviceEphemeral.PublicValueHex,
            };
            return await SendAsync(context, name, state.Session, start, cancellationToken).ConfigureAwait(false);
        }

        SrpEphemeral ephemeral = context.DeviceEphemeral
            ?? throw new CognitoProtocolException("Cognito asked for DEVICE_PASSWORD_VERIFIER before DEVICE_SRP_AUTH.", null, HttpStatusCode.OK);
        context.DeviceEphemeral = null;
        Dictionary<string, string> claim = Claim(state.Parameters, device.DeviceGroupKey, device.DeviceKey, device.DevicePassword, ephemeral);
        claim["DEVICE_KEY"] = device.DeviceKey;
        return await SendAsync(context, name, state.Session, claim, cancellationToken).ConfigureAwait(false);
    }

    private Dictionary<string, string> ClaimPassword(SignInContext context, IReadOnlyDictionary<string, string> parameters)
    {
        SrpEphemeral ephemeral = context.Ephemeral
            ?? throw new CognitoProtocolException("Cognito asked for PASSWORD_VERIFIER, but this sign-in sent no SRP_A.", null, HttpStatusCode.OK);
        string password = context.Password
            ?? throw new CognitoProtocolException("Cognito asked for PASSWORD_VERIFIER, but this sign-in has no password.", null, HttpStatusCode.OK);
        context.Ephemeral = null;
        context.Password = null;
        string userId = parameters.GetValueOrDefault("USER_ID_FOR_SRP") ?? context.Username;
        Dictionary<string, string> claim = Claim(parameters, _poolName, userId, password, ephemeral);
        claim["USERNAME"] = userId;
        return claim;
    }

    private Dictionary<string, string> Claim(IReadOnlyDictionary<string, string> parameters, string poolNameOrGroupKey, string userIdOrDeviceKey, string password, SrpEphemeral ephemeral)
    {
        string secretBlock = Required(parameters, "SECRET_BLOCK");
        string timestamp = CognitoTimestamp.Now(_time);
        string signature;
        try
        {
            signature = PasswordClaim.Compute(
                poolNameOrGroupKey, userIdOrDeviceKey, password, Required(parameters, "SALT"), Required(parameters, "SRP_B"), secretBlock, timestamp, ephemeral);
        }
        catch (SrpProtocolException ex)
        {
            throw new CognitoProtocolException(ex.Message, null, HttpStatusCode.OK, ex);
        }

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PASSWORD_CLAIM_SECRET_BLOCK"] = secretBlock,
            ["PASSWORD_CLAIM_SIGNATURE"] = signature,
            ["TIMESTAMP"] = timestamp,
        };
    }

    private static string Required(IReadOnlyDictionary<string, string> parameters, string key) =>
        parameters.TryGetValue(key, out string? value) && !string.IsNullOrEmpty(value)
            ? value
            : throw new CognitoProtocolException($"Cognito's challenge lacks the {key} parameter.", null, HttpStatusCode.OK);

    /// <summary>Takes the username Cognito knows the user by as soon as a challenge names it.</summary>
    private static void LearnUsername(SignInContext context, IReadOnlyDictionary<string, string> parameters)
    {
        if (parameters.GetValueOrDefault("USER_ID_FOR_SRP") is { Length: > 0 } userId)
        {
            context.Username = userId;
        }
        else if (parameters.GetValueOrDefault("USERNAME") is { Length: > 0 } username)
        {
            context.Username = username;
        }
    }
}
