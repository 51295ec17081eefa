using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Srp;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Auth;

/// <summary>USER_SRP_AUTH and device SRP: PASSWORD_VERIFIER, DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER.</summary>
internal sealed partial class AuthOperations
{
    private JsonObject StartSrp(UserPool pool, UserPoolClient client, User user, AuthSession session, string srpA)
    {
        if (!SrpGroup.TryParseHex(srpA, out var a) || !SrpServerSession.IsValidA(a))
        {
            throw AwsServiceException.InvalidParameter("Invalid SRP_A value.");
        }

        if (user.Password is null)
        {
            throw AwsServiceException.NotAuthorized(IncorrectCredentials);
        }

        var srp = new SrpServerSession(user.Password, a);
        session.Srp = srp;
        return Challenge(client, session, "PASSWORD_VERIFIER", new()
        {
            ["SALT"] = SrpGroup.ToHex(srp.Verifier.Salt),
            ["SECRET_BLOCK"] = Convert.ToBase64String(srp.SecretBlock),
            ["SRP_B"] = SrpGroup.ToHex(srp.B),
            ["USERNAME"] = user.Username,
            ["USER_ID_FOR_SRP"] = user.Username,
        });
    }

    private bool ClaimIsValid(SrpServerSession? srp, string prefix, string name, IReadOnlyDictionary<string, string> responses)
    {
        var timestamp = Param(responses, "TIMESTAMP");
        var block = Param(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
        var signature = Param(responses, "PASSWORD_CLAIM_SIGNATURE");
        return srp is not null
            && SrpTimestamp.IsWithinWindow(timestamp, state.Now)
            && srp.VerifySignature(prefix, name, block, timestamp, signature);
    }

    private JsonObject VerifyPasswordClaim(UserPool pool, UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> responses)
    {
        var valid = ClaimIsValid(session.Srp, pool.PoolName, user.Username, responses);
        session.Srp = null;
        if (session.Flow == "CUSTOM_AUTH")
        {
            session.CustomResults.Add(new ChallengeResult("PASSWORD_VERIFIER", valid));
            return Decide(pool, client, user, session);
        }

        if (!valid)
        {
            throw AwsServiceException.NotAuthorized(IncorrectCredentials);
        }

        if (responses.TryGetValue("DEVICE_KEY", out var deviceKey) && session.DeviceKey is null)
        {
            session.DeviceKey = deviceKey;
        }

        return AfterFirstFactor(pool, client, user, session);
    }

    private JsonObject StartDeviceSrp(UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> responses)
    {
        var deviceKey = Param(responses, "DEVICE_KEY");
        if (deviceKey != session.DeviceKey || !user.Devices.TryGetValue(deviceKey, out var device) || device.Verifier is null)
        {
            throw new AwsServiceException("ResourceNotFoundException", "Device does not exist.");
        }

        if (!SrpGroup.TryParseHex(Param(responses, "SRP_A"), out var a) || !SrpServerSession.IsValidA(a))
        {
            throw AwsServiceException.InvalidParameter("Invalid SRP_A value.");
        }

        var srp = new SrpServerSession(device.Verifier, a);
        session.Srp = srp;
        return Challenge(client, session, "DEVICE_PASSWORD_VERIFIER", new()
        {
            ["DEVICE_KEY"] = device.DeviceKey,
            ["SALT"] = SrpGroup.ToHex(srp.Verifier.Salt),
            ["SECRET_BLOCK"] = Convert.ToBase64String(srp.SecretBlock),
            ["SRP_B"] = SrpGroup.ToHex(srp.B),
            ["USERNAME"] = user.Username,
        });
    }

    private JsonObject VerifyDeviceClaim(UserPool pool, UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> responses)
    {
        var device = session.DeviceKey is null ? null : user.Devices.GetValueOrDefault(session.DeviceKey);
        if (device is null || !ClaimIsValid(session.Srp, device.DeviceGroupKey, device.DeviceKey, responses))
        {
            throw AwsServiceException.NotAuthorized(IncorrectCredentials);
        }

        session.Srp = null;
        session.DeviceVerified = true;
        return AfterAccountChecks(pool, client, user, session);
    }
}
