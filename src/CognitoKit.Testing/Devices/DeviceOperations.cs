using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Srp;
using CognitoKit.Testing.Tokens;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Devices;

/// <summary>Remembered devices: ConfirmDevice (stores the device's SRP verifier), UpdateDeviceStatus, ForgetDevice, ListDevices, GetDevice.</summary>
internal static class DeviceOperations
{
    public static void Register(EmulatorState state, Dictionary<string, AwsJsonOperation> ops)
    {
        ops["ConfirmDevice"] = r => SelfServiceOperations.WithToken(state, r, t => Confirm(state, t, r));
        ops["UpdateDeviceStatus"] = r => SelfServiceOperations.WithToken(state, r, t =>
        {
            var device = Find(t, r.RequiredString("DeviceKey"));
            device.Remembered = r.OptionalString("DeviceRememberedStatus") == "remembered";
            device.LastModifiedDate = state.Now;
            return null;
        });
        ops["ForgetDevice"] = r => SelfServiceOperations.WithToken(state, r, t =>
        {
            var device = Find(t, r.RequiredString("DeviceKey"));
            t.User.Devices.Remove(device.DeviceKey);
            return null;
        });
        ops["GetDevice"] = r => SelfServiceOperations.WithToken(state, r, t => new JsonObject { ["Device"] = Describe(Find(t, r.RequiredString("DeviceKey"))) });
        ops["ListDevices"] = r => SelfServiceOperations.WithToken(state, r, t =>
        {
            var limit = (int)(r.OptionalLong("Limit") ?? 60);
            var devices = t.User.Devices.Values.Where(d => d.Confirmed).OrderBy(d => d.CreateDate).ToList();
            var start = int.TryParse(r.OptionalString("PaginationToken"), out var s) ? s : 0;
            var page = devices.Skip(start).Take(limit == 0 ? 60 : limit).ToList();
            var result = new JsonObject { ["Devices"] = new JsonArray(page.Select(d => (JsonNode)Describe(d)).ToArray()) };
            if (start + page.Count < devices.Count)
            {
                result["PaginationToken"] = (start + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return result;
        });
    }

    private static JsonObject Confirm(EmulatorState state, AccessTokenContext t, AwsJsonRequest r)
    {
        var key = r.RequiredString("DeviceKey");
        var device = t.User.Devices.GetValueOrDefault(key) ?? throw AwsServiceException.ResourceNotFound("Device does not exist.");
        if (device.Confirmed)
        {
            throw new AwsServiceException("DeviceKeyExistsException", "Device already confirmed.");
        }

        var config = r.OptionalObject("DeviceSecretVerifierConfig") ?? throw AwsServiceException.MissingMember("DeviceSecretVerifierConfig");
        try
        {
            var verifier = Convert.FromBase64String(AwsJsonRequest.ReadString(config, "PasswordVerifier") ?? throw AwsServiceException.MissingMember("PasswordVerifier"));
            var salt = Convert.FromBase64String(AwsJsonRequest.ReadString(config, "Salt") ?? throw AwsServiceException.MissingMember("Salt"));
            device.Verifier = new SrpVerifier(SrpGroup.FromBytes(salt), SrpGroup.FromBytes(verifier));
        }
        catch (FormatException)
        {
            throw AwsServiceException.InvalidParameter("DeviceSecretVerifierConfig values must be base64.");
        }

        device.DeviceName = r.OptionalString("DeviceName");
        device.Confirmed = true;
        device.Remembered = !t.Pool.DeviceOnlyRememberedOnUserPrompt;
        device.LastModifiedDate = state.Now;
        return new JsonObject { ["UserConfirmationNecessary"] = t.Pool.DeviceOnlyRememberedOnUserPrompt };
    }

    private static RememberedDevice Find(AccessTokenContext t, string key) =>
        t.User.Devices.GetValueOrDefault(key) is { Confirmed: true } device ? device : throw AwsServiceException.ResourceNotFound("Device does not exist.");

    private static JsonObject Describe(RememberedDevice device)
    {
        var attributes = new List<KeyValuePair<string, string>>
        {
            new("device_status", device.Remembered ? "valid" : "not_remembered"),

            // Where Cognito reports the remembered status (UpdateDeviceStatus): "remembered" or "not_remembered".
            new("dev:device_remembered_status", device.Remembered ? "remembered" : "not_remembered"),
            new("last_ip_used", "127.0.0.1"),
        };
        if (device.DeviceName is not null)
        {
            attributes.Add(new("device_name", device.DeviceName));
        }

        return new JsonObject
        {
            ["DeviceKey"] = device.DeviceKey,
            ["DeviceAttributes"] = Wire.Attributes(attributes),
            ["DeviceCreateDate"] = Wire.Time(device.CreateDate),
            ["DeviceLastModifiedDate"] = Wire.Time(device.LastModifiedDate),
            ["DeviceLastAuthenticatedDate"] = Wire.Time(device.LastAuthenticatedDate),
        };
    }
}
