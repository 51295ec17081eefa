using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;
using CognitoKit.SignIn.Srp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.Devices;

/// <summary>
/// Confirms new devices with Cognito (a fresh device password and its SRP verifier) and marks devices remembered on
/// request. It keeps no device: the secrets go back to the caller, who keeps them on the end user's device, or, when the
/// caller did not ask to track the device, the password is thrown away.
/// </summary>
internal sealed class DeviceRegistrar
{
    private readonly IUserPoolsClient _client;
    private readonly CognitoDeviceOptions _deviceOptions;
    private readonly ILogger _logger;

    public DeviceRegistrar(IUserPoolsClient client, IOptions<CognitoDeviceOptions> deviceOptions, ILogger<DeviceRegistrar>? logger = null)
    {
        _client = client;
        _deviceOptions = deviceOptions.Value;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Confirms the device and returns its secrets. Returns null (and logs) when Cognito refuses: the user is signed in
    /// all the same, only without a tracked device.
    /// </summary>
    public async Task<(DeviceSecrets Secrets, bool Remembered)?> ConfirmAsync(
        NewDeviceMetadataType metadata,
        string accessToken,
        string? deviceName,
        CancellationToken cancellationToken)
    {
        if (!TryReadKeys(metadata, out string deviceKey, out string groupKey))
        {
            return null;
        }

        DeviceVerifier verifier = DeviceVerifier.Create(groupKey, deviceKey);
        ConfirmDeviceResponse? response = await SendConfirmAsync(accessToken, deviceKey, deviceName, verifier.PasswordVerifier, verifier.Salt, cancellationToken).ConfigureAwait(false);
        return response is null ? null : (new DeviceSecrets(deviceKey, groupKey, verifier.DevicePassword), response.UserConfirmationNecessary != true);
    }

    /// <summary>
    /// Confirms the device with a random password thrown away once its verifier is made, because Cognito refuses to
    /// refresh the sign-in's tokens until its new device is confirmed. Nobody can ever answer device SRP for it, so it
    /// never stands in for MFA; it is never marked remembered. Returns the device key, or null (and logs) when Cognito
    /// refuses.
    /// </summary>
    public async Task<string?> ConfirmWithoutKeepingAsync(
        NewDeviceMetadataType metadata,
        string accessToken,
        CancellationToken cancellationToken)
    {
        if (!TryReadKeys(metadata, out string deviceKey, out string groupKey))
        {
            return null;
        }

        var (passwordVerifier, salt) = DeviceVerifier.CreateForDiscardedPassword(groupKey, deviceKey);
        ConfirmDeviceResponse? response = await SendConfirmAsync(accessToken, deviceKey, null, passwordVerifier, salt, cancellationToken).ConfigureAwait(false);
        return response is null ? null : deviceKey;
    }

    private static bool TryReadKeys(NewDeviceMetadataType metadata, out string deviceKey, out string groupKey)
    {
        deviceKey = metadata.DeviceKey ?? string.Empty;
        groupKey = metadata.DeviceGroupKey ?? string.Empty;
        return deviceKey.Length > 0 && groupKey.Length > 0;
    }

    private async Task<ConfirmDeviceResponse?> SendConfirmAsync(
        string accessToken, string deviceKey, string? deviceName, string passwordVerifier, string salt, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.ConfirmDeviceAsync(
                new ConfirmDeviceRequest
                {
                    AccessToken = accessToken,
                    DeviceKey = deviceKey,
                    DeviceName = deviceName ?? _deviceOptions.DeviceName ?? Environment.MachineName,
                    DeviceSecretVerifierConfig = new DeviceSecretVerifierConfigType { PasswordVerifier = passwordVerifier, Salt = salt },
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (CognitoException ex)
        {
            SignInLog.DeviceNotConfirmed(_logger, ex.ErrorCode);
            return null;
        }
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
}
