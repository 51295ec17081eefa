using System.Text.Json.Nodes;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Seeding;

/// <summary>
/// Applies a seed to an emulator that is not listening yet, through the same operations the wire API runs
/// (CreateUserPool, CreateGroup, CreateUserPoolClient, AdminSetUserPassword, SetIdentityPoolRoles...), so seeded state
/// is indistinguishable from created state. A failure names the seed member it came from.
/// </summary>
internal static class SeedApplier
{
    private const string UserPools = "AWSCognitoIdentityProviderService.";
    private const string Identity = "AWSCognitoIdentityService.";

    public static async Task ApplyAsync(CognitoEmulator emulator, CognitoEmulatorSeed seed, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var pool in seed.Document.UserPools)
            {
                await UserPoolAsync(emulator, pool, cancellationToken).ConfigureAwait(false);
            }

            foreach (var pool in seed.Document.IdentityPools)
            {
                EnsureRegion(emulator, pool.Id, ':', pool.Path);
                await RunAsync(emulator, Identity, "CreateIdentityPool", new SeedRequest(pool.Path, pool.CreateRequest), cancellationToken, pool.Id).ConfigureAwait(false);
                if (pool.RolesRequest is { } roles)
                {
                    await RunAsync(emulator, Identity, "SetIdentityPoolRoles", roles, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (CognitoEmulatorSeedException error)
        {
            throw error.InFile(seed.SeedFile);
        }
    }

    private static async Task UserPoolAsync(CognitoEmulator emulator, SeedUserPool seeded, CancellationToken cancellationToken)
    {
        EnsureRegion(emulator, seeded.Id, '_', seeded.Path);
        await RunAsync(emulator, UserPools, "CreateUserPool", new SeedRequest(seeded.Path, seeded.CreateRequest), cancellationToken, seeded.Id).ConfigureAwait(false);
        if (seeded.MfaRequest is { } mfa)
        {
            await RunAsync(emulator, UserPools, "SetUserPoolMfaConfig", mfa, cancellationToken).ConfigureAwait(false);
        }

        foreach (var server in seeded.ResourceServers)
        {
            emulator.AddResourceServer(seeded.Id, server.Identifier, [.. server.Scopes]);
        }

        foreach (var group in seeded.Groups)
        {
            await RunAsync(emulator, UserPools, "CreateGroup", group, cancellationToken).ConfigureAwait(false);
        }

        foreach (var client in seeded.Clients)
        {
            await RunAsync(emulator, UserPools, "CreateUserPoolClient", new SeedRequest(client.Path, client.CreateRequest), cancellationToken, client.Id).ConfigureAwait(false);
        }

        var pool = emulator.GetUserPool(seeded.Id);
        foreach (var user in seeded.Users)
        {
            await UserAsync(emulator, pool, seeded.Id, user, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task UserAsync(CognitoEmulator emulator, EmulatedUserPool pool, string poolId, SeedUser seeded, CancellationToken cancellationToken)
    {
        EmulatedUser user;
        try
        {
            user = await pool.AddUserAsync(seeded.Username, seeded.Password, seeded.Attributes.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal), confirmed: seeded.Status != UserStatus.Unconfirmed, cancellationToken).ConfigureAwait(false);
        }
        catch (CognitoEmulatorException error)
        {
            // The emulator's messages never quote a password; the member is picked by what was refused.
            var member = error.ErrorCode switch
            {
                "InvalidPasswordException" => "password",
                "UsernameExistsException" => "username",
                _ => "attributes",
            };
            throw new CognitoEmulatorSeedException(seeded.Path + "." + member, error.ErrorCode + ": " + error.Message);
        }

        var target = new JsonObject { ["UserPoolId"] = poolId, ["Username"] = user.Username };
        switch (seeded.Status)
        {
            case UserStatus.ForceChangePassword:
                // The seeded password becomes the temporary one the user must change at first sign-in.
                var request = (JsonObject)target.DeepClone();
                request["Password"] = seeded.Password;
                request["Permanent"] = false;
                await RunAsync(emulator, UserPools, "AdminSetUserPassword", new SeedRequest(seeded.Path + ".status", request), cancellationToken).ConfigureAwait(false);
                break;
            case UserStatus.ResetRequired:
                await RunAsync(emulator, UserPools, "AdminResetUserPassword", new SeedRequest(seeded.Path + ".status", (JsonObject)target.DeepClone()), cancellationToken).ConfigureAwait(false);
                break;
        }

        foreach (var (path, group) in seeded.Groups)
        {
            var request = (JsonObject)target.DeepClone();
            request["GroupName"] = group;
            await RunAsync(emulator, UserPools, "AdminAddUserToGroup", new SeedRequest(path, request), cancellationToken).ConfigureAwait(false);
        }

        if (!seeded.Enabled)
        {
            await RunAsync(emulator, UserPools, "AdminDisableUser", new SeedRequest(seeded.Path + ".enabled", (JsonObject)target.DeepClone()), cancellationToken).ConfigureAwait(false);
        }

        if (seeded.Mfa is { } mfa)
        {
            SetMfa(emulator, poolId, user.Username, mfa);
        }
    }

    /// <summary>
    /// A user's MFA as AssociateSoftwareToken + VerifySoftwareToken + SetUserMFAPreference would leave it. Those need the
    /// user's access token, and a seed has none, so the end state is written directly, by the same rules: one preferred
    /// method at most, and only an enabled one.
    /// </summary>
    private static void SetMfa(CognitoEmulator emulator, string poolId, string username, SeedUserMfa mfa)
    {
        var pool = emulator.State.UserPools.Get(poolId);
        lock (pool.Gate)
        {
            var user = UserAccounts.Find(pool, username);
            user.TotpSecret = mfa.TotpSecret;
            user.TotpEnabled = mfa.TotpSecret is not null;
            user.SmsMfaEnabled = mfa.Sms;
            user.EmailMfaEnabled = mfa.Email;
            user.TotpPreferred = mfa.Preferred == "TOTP";
            user.SmsMfaPreferred = mfa.Preferred == "SMS";
            user.EmailMfaPreferred = mfa.Preferred == "EMAIL";
        }
    }

    private static async Task RunAsync(CognitoEmulator emulator, string service, string operation, SeedRequest request, CancellationToken cancellationToken, string? fixedId = null)
    {
        try
        {
            await emulator.InvokeAsync(service, operation, request.Body, cancellationToken, fixedId).ConfigureAwait(false);
        }
        catch (CognitoEmulatorException error)
        {
            throw new CognitoEmulatorSeedException(request.Path, operation + " refused it: " + error.ErrorCode + ": " + error.Message);
        }
    }

    /// <summary>Pool ids start with their region, and an emulator serves one region.</summary>
    private static void EnsureRegion(CognitoEmulator emulator, string id, char separator, string path)
    {
        if (!string.Equals(id[..id.IndexOf(separator, StringComparison.Ordinal)], emulator.Region, StringComparison.Ordinal))
        {
            throw new CognitoEmulatorSeedException(path + ".id", "the id " + id + " is not of the emulator's region " + emulator.Region + ".");
        }
    }
}
