using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;
using CognitoKit.SignIn.Srp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit;

/// <summary>
/// Confirms new devices with Cognito (a fresh device password and its SRP verifier) and marks devices remembered on
/// request. It keeps no device: the secrets go back to the caller, who keeps them on the end user's device.
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

        return (new DeviceSecrets(deviceKey, groupKey, verifier.DevicePassword), response.UserConfirmationNecessary != true);
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
