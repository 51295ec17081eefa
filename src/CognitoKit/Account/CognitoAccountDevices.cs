using CognitoKit.Account;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;

namespace CognitoKit;

/// <summary>A signed-in user's tracked devices: list them, remember or stop remembering one, forget one.</summary>
public sealed class CognitoAccountDevices
{
    // ListDevices allows at most 60 per page.
    private const int PageSize = 60;

    private readonly AccountContext _context;

    internal CognitoAccountDevices(AccountContext context) => _context = context;

    /// <summary>Lists every device Cognito tracks for the user (<c>ListDevices</c>, all pages).</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The devices; <see cref="CognitoDevice.IsCurrent"/> marks the session's own.</returns>
    public async Task<IReadOnlyList<CognitoDevice>> ListAsync(CancellationToken cancellationToken = default)
    {
        var devices = new List<CognitoDevice>();
        string? page = null;
        do
        {
            string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
            ListDevicesResponse response = await _context.Client.ListDevicesAsync(
                new ListDevicesRequest { AccessToken = token, Limit = PageSize, PaginationToken = page },
                cancellationToken).ConfigureAwait(false);
            devices.AddRange((response.Devices ?? []).Where(d => !string.IsNullOrEmpty(d.DeviceKey)).Select(d => CognitoDevice.From(d, _context.Session.DeviceKey)));
            page = string.IsNullOrEmpty(response.PaginationToken) || response.PaginationToken == page ? null : response.PaginationToken;
        }
        while (page is not null);

        return devices;
    }

    /// <summary>Marks a device as remembered (<c>UpdateDeviceStatus</c>), so it can skip MFA if the pool allows it.</summary>
    /// <param name="deviceKey">The device key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the status is saved.</returns>
    public Task RememberAsync(string deviceKey, CancellationToken cancellationToken = default) =>
        UpdateStatusAsync(deviceKey, DeviceRememberedStatusType.Remembered, cancellationToken);

    /// <summary>Marks a device as not remembered (<c>UpdateDeviceStatus</c>); it stays tracked.</summary>
    /// <param name="deviceKey">The device key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the status is saved.</returns>
    public Task DoNotRememberAsync(string deviceKey, CancellationToken cancellationToken = default) =>
        UpdateStatusAsync(deviceKey, DeviceRememberedStatusType.NotRemembered, cancellationToken);

    /// <summary>
    /// Forgets a device (<c>ForgetDevice</c>): Cognito stops tracking it, so its kept secrets can no longer sign in with
    /// device SRP. When it is the session's own device, the session no longer names a device; drop what the end user's
    /// device kept for it too (for example the device cookie), since CognitoKit keeps nothing.
    /// </summary>
    /// <param name="deviceKey">The device key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the device is forgotten.</returns>
    public async Task ForgetAsync(string deviceKey, CancellationToken cancellationToken = default)
    {
        InputChecks.NotEmpty(deviceKey, nameof(deviceKey), "device key");
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        await _context.Client.ForgetDeviceAsync(new ForgetDeviceRequest { AccessToken = token, DeviceKey = deviceKey }, cancellationToken).ConfigureAwait(false);
        if (string.Equals(_context.Session.DeviceKey, deviceKey, StringComparison.Ordinal))
        {
            _context.Session.DeviceKey = null;
        }
    }

    private async Task UpdateStatusAsync(string deviceKey, string status, CancellationToken cancellationToken)
    {
        InputChecks.NotEmpty(deviceKey, nameof(deviceKey), "device key");
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        await _context.Client.UpdateDeviceStatusAsync(
            new UpdateDeviceStatusRequest { AccessToken = token, DeviceKey = deviceKey, DeviceRememberedStatus = status },
            cancellationToken).ConfigureAwait(false);
    }
}
