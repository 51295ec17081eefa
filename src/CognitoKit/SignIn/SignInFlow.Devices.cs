namespace CognitoKit.SignIn;

/// <summary>The app's device keeper, when it registered one: read at the start, written when a device is confirmed or refused.</summary>
/// <remarks>A keeper that fails never fails the sign-in: the user signs in without the kept device (and may be asked for MFA).</remarks>
internal sealed partial class SignInFlow
{
    private KeptDeviceKey KeyOf(string username) => KeptDeviceKey.For(_options.UserPoolId, username);

    private async Task<DeviceSecrets?> ReadKeptDeviceAsync(string username, CancellationToken cancellationToken)
    {
        try
        {
            DeviceSecrets? kept = await Keeper!.GetAsync(KeyOf(username), cancellationToken).ConfigureAwait(false);
            if (kept is not null)
            {
                DeviceSecrets.Check(kept, nameof(kept));
            }

            return kept;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SignInLog.DeviceKeeperFailed(_logger, "read", ex.GetType().Name, ex);
            return null;
        }
    }

    private async Task KeepDeviceAsync(string username, DeviceSecrets device, CancellationToken cancellationToken)
    {
        if (Keeper is null)
        {
            return;
        }

        try
        {
            await Keeper.SetAsync(KeyOf(username), device, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SignInLog.DeviceKeeperFailed(_logger, "write", ex.GetType().Name, ex);
        }
    }

    /// <summary>A kept device Cognito refused (forgotten, deleted) is dropped, so the next sign-in does not offer it again.</summary>
    private async Task ForgetRefusedKeptDeviceAsync(SignInContext context, bool refused, CancellationToken cancellationToken)
    {
        if (!refused || !context.Start.DeviceFromKeeper || Keeper is null)
        {
            return;
        }

        try
        {
            await Keeper.RemoveAsync(KeyOf(context.Start.Username), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SignInLog.DeviceKeeperFailed(_logger, "remove", ex.GetType().Name, ex);
        }
    }
}
