using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;
using CognitoKit.SignIn.Srp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit;

/// <summary>
/// Confirms new devices with Cognito (a fresh device password and its SRP verifier) and keeps their secrets in the
/// <see cref="ICognitoDeviceStore"/>; marks devices remembered on request.
/// </summary>
internal sealed class DeviceRegistrar
{
    private readonly IUserPoolsClient _client;
    private readonly ICognitoDeviceStore _store;
    private readonly CognitoDeviceOptions _deviceOptions;
    private readonly string _userPoolId;
    private readonly ILogger _logger;

    public DeviceRegistrar(
        IUserPoolsClient client,
        ICognitoDeviceStore store,
        IOptions<CognitoKitOptions> options,
        IOptions<CognitoDeviceOptions> deviceOptions,
        ILogger<DeviceRegistrar>? logger = null)
    {
        _client = client;
        _store = store;
        _deviceOptions = deviceOptions.Value;
        _userPoolId = options.Value.UserPoolId;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public ICognitoDeviceStore Store => _store;

    public string UserPoolId => _userPoolId;

    /// <summary>
    /// Confirms the device and stores its secrets under each of <paramref name="usernames"/>. Returns null (and logs)
    /// when Cognito refuses: the user is signed in all the same, only without a remembered device.
    /// </summary>
    public async Task<(string DeviceKey, bool Remembered)?> ConfirmAsync(
        NewDeviceMetadataType metadata,
        string accessToken,
        IEnumerable<string> usernames,
        string? deviceName,
        CancellationToken cancellationToken)
    {
        if (metadata.DeviceKey is not { Length: > 0 } deviceKey || metadata.DeviceGroupKey is not { Length: > 0 } groupKey)
        {
            return null;
        }

        DeviceVerifier verifier = DeviceVerifier.Create(groupKey, deviceKey);
        ConfirmDeviceResponse response;
        try
        {
            response = await _client.ConfirmDeviceAsync(
                new ConfirmDeviceRequest
                {
                    AccessToken = accessToken,
                    DeviceKey = deviceKey,
                    DeviceName = deviceName ?? _deviceOptions.DeviceName ?? Environment.MachineName,
                    DeviceSecretVerifierConfig = new DeviceSecretVerifierConfigType { PasswordVerifier = verifier.PasswordVerifier, Salt = verifier.Salt },
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (CognitoException ex)
        {
            SignInLog.DeviceNotConfirmed(_logger, ex.ErrorCode);
            return null;
        }

        var secrets = new DeviceSecrets(deviceKey, groupKey, verifier.DevicePassword);
        foreach (string username in usernames.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            await _store.SaveAsync(_userPoolId, username, secrets, cancellationToken).ConfigureAwait(false);
        }

        return (deviceKey, response.UserConfirmationNecessary != true);
    }

    /// <summary>Marks the device remembered (<c>UpdateDeviceStatus</c>), authorised by the session's access token.</summary>
    public async Task RememberAsync(CognitoSession session, string deviceKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrEmpty(deviceKey);
        CognitoTokens tokens = await session.GetValidTokensAsync(cancellationToken).ConfigureAwait(false);
        await _client.UpdateDeviceStatusAsync(
            new UpdateDeviceStatusRequest
            {
                AccessToken = tokens.AccessToken,
                DeviceKey = deviceKey,
                DeviceRememberedStatus = DeviceRememberedStatusType.Remembered,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a device Cognito no longer knows from the store, under each name it was saved.</summary>
    public async Task ForgetLocallyAsync(IEnumerable<string> usernames, CancellationToken cancellationToken)
    {
        foreach (string username in usernames.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            await _store.RemoveAsync(_userPoolId, username, cancellationToken).ConfigureAwait(false);
        }
    }
}
