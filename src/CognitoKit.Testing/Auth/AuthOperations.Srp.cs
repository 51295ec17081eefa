using System.Numerics;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Srp;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Auth;

/// <summary>USER_SRP_AUTH and device SRP: PASSWORD_VERIFIER, DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER.</summary>
internal sealed partial class AuthOperations
{
    private JsonObject StartSrp(UserPool pool, UserPoolClient client, User user, AuthSession session, string srpA, EarlyWork early)
    {
        var a = ParseA(srpA);
        if (user.Password is null)
        {
            throw AwsServiceException.NotAuthorized(IncorrectCredentials);
        }

        session.Srp = early.SrpFor(user.Password, a) ?? new SrpServerSession(user.Password, a);
        session.SrpPrefix = pool.PoolName;
        session.SrpName = user.Username;
        return PasswordVerifierChallenge(client, session, user.Username);
    }

    /// <summary>
    /// USER_SRP_AUTH for a login that matches no user, with PreventUserExistenceErrors: the same challenge a real user
    /// gets (a stable salt, a fresh B and secret block each time), whose answer then fails like a wrong password.
    /// Runs outside the pool lock: it touches no user.
    /// </summary>
    private JsonObject StartDecoySrp(UserPool pool, UserPoolClient client, string login, string srpA, EarlyWork early)
    {
        var a = ParseA(srpA);
        var verifier = early.ForUnknownUser && early.Verifier is { } prepared ? prepared : UnknownUserDecoys.Verifier(pool, login);
        var name = UnknownUserDecoys.UserIdForSrp(pool, login);
        var session = new AuthSession
        {
            PoolId = pool.Id,
            ClientId = client.ClientId,
            Username = login,
            Flow = "USER_SRP_AUTH",
            Decoy = true,
            Srp = early.SrpFor(verifier, a) ?? new SrpServerSession(verifier, a),
            SrpPrefix = pool.PoolName,
            SrpName = name,
        };
        return PasswordVerifierChallenge(client, session, name);
    }

    private JsonObject PasswordVerifierChallenge(UserPoolClient client, AuthSession session, string name) =>
        Challenge(client, session, "PASSWORD_VERIFIER", new()
        {
            ["SALT"] = SrpGroup.ToHex(session.Srp!.Verifier.Salt),
            ["SECRET_BLOCK"] = Convert.ToBase64String(session.Srp.SecretBlock),
            ["SRP_B"] = SrpGroup.ToHex(session.Srp.B),
            ["USERNAME"] = name,
            ["USER_ID_FOR_SRP"] = name,
        });

    private static BigInteger ParseA(string srpA) =>
        SrpGroup.TryParseHex(srpA, out var a) && SrpServerSession.IsValidA(a) ? a : throw AwsServiceException.InvalidParameter("Invalid SRP_A value.");

    /// <summary>Checks the PASSWORD_CLAIM_SIGNATURE against the session's own SRP exchange; safe without the pool lock.</summary>
    private bool ClaimIsValid(AuthSession session, IReadOnlyDictionary<string, string> responses)
    {
        var timestamp = Param(responses, "TIMESTAMP");
        var block = Param(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
        var signature = Param(responses, "PASSWORD_CLAIM_SIGNATURE");
        return session is { Srp: { } srp, SrpPrefix: { } prefix, SrpName: { } name }
            && SrpTimestamp.IsWithinWindow(timestamp, state.Now)
            && srp.VerifySignature(prefix, name, block, timestamp, signature);
    }

    private JsonObject VerifyPasswordClaim(UserPool pool, UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> responses, bool valid)
    {
        session.Srp = null;
        var key = PasswordLockout.KeyFor(user);
        if (session.Flow == "CUSTOM_AUTH")
        {
            // A password step inside custom auth locks out like any other; a wrong one goes to the triggers to judge.
            if (valid)
            {
                AcceptPassword(pool, key);
            }
            else
            {
                _ = RejectPassword(pool, key);
            }

            session.CustomResults.Add(new ChallengeResult("PASSWORD_VERIFIER", valid));
            return Decide(pool, client, user, session);
        }

        if (!valid)
        {
            throw RejectPassword(pool, key);
        }

        AcceptPassword(pool, key);
        if (responses.TryGetValue("DEVICE_KEY", out var deviceKey) && session.DeviceKey is null)
        {
            session.DeviceKey = deviceKey;
        }

        return AfterFirstFactor(pool, client, user, session);
    }

    private JsonObject StartDeviceSrp(UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> responses, EarlyWork early)
    {
        var deviceKey = Param(responses, "DEVICE_KEY");
        if (deviceKey != session.DeviceKey || !user.Devices.TryGetValue(deviceKey, out var device) || device.Verifier is null)
        {
            throw new AwsServiceException("ResourceNotFoundException", "Device does not exist.");
        }

        var a = ParseA(Param(responses, "SRP_A"));
        var srp = early.SrpFor(device.Verifier, a) ?? new SrpServerSession(device.Verifier, a);
        session.Srp = srp;
        session.SrpPrefix = device.DeviceGroupKey;
        session.SrpName = device.DeviceKey;
        return Challenge(client, session, "DEVICE_PASSWORD_VERIFIER", new()
        {
            ["DEVICE_KEY"] = device.DeviceKey,
            ["SALT"] = SrpGroup.ToHex(srp.Verifier.Salt),
            ["SECRET_BLOCK"] = Convert.ToBase64String(srp.SecretBlock),
            ["SRP_B"] = SrpGroup.ToHex(srp.B),
            ["USERNAME"] = user.Username,
        });
    }

    private JsonObject VerifyDeviceClaim(UserPool pool, UserPoolClient client, User user, AuthSession session, bool valid)
    {
        var device = session.DeviceKey is null ? null : user.Devices.GetValueOrDefault(session.DeviceKey);
        if (device is null || device.DeviceGroupKey != session.SrpPrefix || !valid)
        {
            throw AwsServiceException.NotAuthorized(IncorrectCredentials);
        }

        session.Srp = null;
        session.DeviceVerified = true;
        return AfterAccountChecks(pool, client, user, session);
    }
}
