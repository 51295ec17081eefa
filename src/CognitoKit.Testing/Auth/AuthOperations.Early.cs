using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Srp;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Auth;

/// <summary>
/// What a sign-in step can do before it takes the pool lock (the SRP and password maths), what it answers for a
/// user that does not exist, and the password lockout every password check goes through.
/// </summary>
internal sealed partial class AuthOperations
{
    /// <summary>Reads the user's verifier under a short lock, then does the first factor's big-integer work without it.</summary>
    private static EarlyWork PrepareFirstFactor(UserPool pool, UserPoolClient client, string flow, string login, IReadOnlyDictionary<string, string> parameters)
    {
        User? user;
        SrpVerifier? verifier;
        lock (pool.Gate)
        {
            user = pool.FindUser(login);
            verifier = user?.Password;
        }

        var decoy = user is null && flow == "USER_SRP_AUTH" && client.PreventUserExistenceErrors;
        if (decoy)
        {
            verifier = UnknownUserDecoys.Verifier(pool, login);
        }

        if (verifier is null)
        {
            return EarlyWork.None;
        }

        var preferred = parameters.GetValueOrDefault("PREFERRED_CHALLENGE");
        var sendsSrpA = flow == "USER_SRP_AUTH"
            || (flow == "CUSTOM_AUTH" && parameters.GetValueOrDefault("CHALLENGE_NAME") == "SRP_A")
            || (flow == "USER_AUTH" && preferred == "PASSWORD_SRP");
        if (sendsSrpA && SrpGroup.TryParseHex(parameters.GetValueOrDefault("SRP_A"), out var a) && SrpServerSession.IsValidA(a))
        {
            return new EarlyWork(verifier, new SrpServerSession(verifier, a), null, decoy);
        }

        var sendsPassword = flow is "USER_PASSWORD_AUTH" or "ADMIN_USER_PASSWORD_AUTH" or "ADMIN_NO_SRP_AUTH" || (flow == "USER_AUTH" && preferred == "PASSWORD");
        if (user is not null && sendsPassword && parameters.GetValueOrDefault("PASSWORD") is { Length: > 0 } password)
        {
            // The user name is read once here: it never changes, so the check stays valid for the same verifier.
            return new EarlyWork(verifier, null, verifier.Matches(pool.PoolName, user.Username, password));
        }

        return new EarlyWork(verifier, null, null, decoy);
    }

    /// <summary>DEVICE_SRP_AUTH: computes B for the device's verifier before the pool lock.</summary>
    private static EarlyWork PrepareDeviceSrp(UserPool pool, AuthSession session, IReadOnlyDictionary<string, string> responses)
    {
        if (session.DeviceKey is null || !SrpGroup.TryParseHex(responses.GetValueOrDefault("SRP_A"), out var a) || !SrpServerSession.IsValidA(a))
        {
            return EarlyWork.None;
        }

        SrpVerifier? verifier;
        lock (pool.Gate)
        {
            verifier = pool.Users.GetValueOrDefault(session.Username)?.Devices.GetValueOrDefault(session.DeviceKey)?.Verifier;
        }

        return verifier is null ? EarlyWork.None : new EarlyWork(verifier, new SrpServerSession(verifier, a), null);
    }

    /// <summary>
    /// A login that matches no user. LEGACY clients hear so; otherwise the answer is the one a real user with a wrong
    /// password gets (including the lockout), and USER_SRP_AUTH even answers its challenge first.
    /// </summary>
    private JsonObject UnknownUser(UserPool pool, UserPoolClient client, string flow, string login, IReadOnlyDictionary<string, string> parameters, EarlyWork early)
    {
        if (!client.PreventUserExistenceErrors)
        {
            throw new AwsServiceException("UserNotFoundException", "User does not exist.");
        }

        switch (flow)
        {
            case "USER_SRP_AUTH":
                return StartDecoySrp(pool, client, login, Param(parameters, "SRP_A"), early);
            case "USER_PASSWORD_AUTH" or "ADMIN_USER_PASSWORD_AUTH" or "ADMIN_NO_SRP_AUTH":
                _ = Param(parameters, "PASSWORD");
                throw RejectPassword(pool, PasswordLockout.KeyForUnknown(pool, login));
            default:
                throw AwsServiceException.NotAuthorized(IncorrectCredentials);
        }
    }

    /// <summary>A wrong password: refused as "Password attempts exceeded" while locked out, else counted; returns the error to throw.</summary>
    private AwsServiceException RejectPassword(UserPool pool, string lockoutKey)
    {
        var now = state.Now;
        pool.Lockout.EnsureNotLockedOut(lockoutKey, now);
        pool.Lockout.RecordFailure(lockoutKey, now);
        return AwsServiceException.NotAuthorized(IncorrectCredentials);
    }

    /// <summary>A right password: still refused while locked out; otherwise it clears the failures.</summary>
    private void AcceptPassword(UserPool pool, string lockoutKey)
    {
        pool.Lockout.EnsureNotLockedOut(lockoutKey, state.Now);
        pool.Lockout.RecordSuccess(lockoutKey);
    }
}
