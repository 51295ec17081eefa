using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary>Pool set-up: pools and MFA configuration. App clients live in <see cref="ClientOperations"/>, groups in <see cref="GroupOperations"/>.</summary>
internal static class PoolOperations
{
    public const string AccountId = "000000000000";

    private static readonly string[] EchoedPoolMembers =
    [
        "DeletionProtection", "LambdaConfig", "SmsVerificationMessage", "EmailVerificationMessage", "EmailVerificationSubject",
        "VerificationMessageTemplate", "SmsAuthenticationMessage", "UserAttributeUpdateSettings", "EmailConfiguration",
        "SmsConfiguration", "UserPoolTags", "AdminCreateUserConfig", "UserPoolAddOns", "AccountRecoverySetting", "UserPoolTier",
    ];

    public static void Register(EmulatorState state, Dictionary<string, AwsJsonOperation> ops)
    {
        ops["CreateUserPool"] = r => new(new JsonObject { ["UserPool"] = Describe(CreatePool(state, r)) });
        ops["DescribeUserPool"] = r => new(new JsonObject { ["UserPool"] = Describe(state.UserPools.Get(r.RequiredString("UserPoolId"))) });
        ops["DeleteUserPool"] = r =>
        {
            state.UserPools.Remove(state.UserPools.Get(r.RequiredString("UserPoolId")));
            return new((JsonObject?)null);
        };
        ops["SetUserPoolMfaConfig"] = r => new(SetMfaConfig(state.UserPools.Get(r.RequiredString("UserPoolId")), r));
        ops["GetUserPoolMfaConfig"] = r => new(MfaConfig(state.UserPools.Get(r.RequiredString("UserPoolId"))));
        ClientOperations.Register(state, ops);
    }

    private static UserPool CreatePool(EmulatorState state, AwsJsonRequest r)
    {
        var name = r.RequiredString("PoolName");
        var caseSensitive = r.OptionalObject("UsernameConfiguration") is { } usernames ? AwsJsonRequest.ReadBool(usernames, "CaseSensitive") ?? false : false;
        var mfa = r.OptionalString("MfaConfiguration") ?? "OFF";
        AwsJsonRequest.EnsureEnum("mfaConfiguration", [mfa], "OFF", "ON", "OPTIONAL");
        AwsJsonRequest.EnsureEnum("usernameAttributes", r.StringList("UsernameAttributes"), "phone_number", "email");
        AwsJsonRequest.EnsureEnum("aliasAttributes", r.StringList("AliasAttributes"), "phone_number", "email", "preferred_username");
        AwsJsonRequest.EnsureEnum("autoVerifiedAttributes", r.StringList("AutoVerifiedAttributes"), "phone_number", "email");
        var now = state.Now;
        var pool = new UserPool(r.FixedId ?? UserPoolStore.NewPoolId(state.Region), caseSensitive)
        {
            Name = name,
            Region = state.Region,
            CreationDate = now,
            LastModifiedDate = now,
            PasswordPolicy = PasswordPolicy.From(r.OptionalObject("Policies")),
            UsernameAttributes = [.. r.StringList("UsernameAttributes")],
            AliasAttributes = [.. r.StringList("AliasAttributes")],
            AutoVerifiedAttributes = [.. r.StringList("AutoVerifiedAttributes")],
            MfaConfiguration = mfa,
            IssuerType = ReadIssuerType(r),
        };
        if (pool.UsernameAttributes.Count > 0 && pool.AliasAttributes.Count > 0)
        {
            throw AwsServiceException.InvalidParameter("Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
        }

        pool.Schema = new SchemaCatalog(r.Body["Schema"] switch
        {
            null => [],
            JsonArray schema => schema.Select(a => a as JsonObject ?? throw AwsServiceException.InvalidParameter("Invalid value for Schema: expected a list of structures.")).ToList(),
            _ => throw AwsServiceException.InvalidParameter("Invalid value for Schema: expected a list."),
        });
        if (r.OptionalObject("Policies") is { } signInPolicies
            && AwsJsonRequest.ReadObject(signInPolicies, "SignInPolicy") is { } signIn
            && AwsJsonRequest.ReadStrings(signIn, "AllowedFirstAuthFactors") is { } factors)
        {
            AwsJsonRequest.EnsureEnum("policies.signInPolicy.allowedFirstAuthFactors", factors, "PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN", "SOFTWARE_TOKEN");
            pool.AllowedFirstAuthFactors = [.. factors];
        }

        if (r.OptionalObject("DeviceConfiguration") is { } devices)
        {
            pool.DeviceTracking = true;
            pool.ChallengeRequiredOnNewDevice = AwsJsonRequest.ReadBool(devices, "ChallengeRequiredOnNewDevice") ?? false;
            pool.DeviceOnlyRememberedOnUserPrompt = AwsJsonRequest.ReadBool(devices, "DeviceOnlyRememberedOnUserPrompt") ?? false;
        }

        if (pool.MfaConfiguration != "OFF" && r.OptionalObject("SmsConfiguration") is { } sms)
        {
            pool.SmsMfaEnabled = true;
            pool.SmsMfaConfiguration = new JsonObject { ["SmsConfiguration"] = sms.DeepClone() };
        }

        foreach (var member in EchoedPoolMembers)
        {
            if (r.Body[member] is { } value)
            {
                pool.Echo[member] = value.DeepClone();
            }
        }

        state.UserPools.Add(pool);
        return pool;
    }

    private static string ReadIssuerType(AwsJsonRequest r)
    {
        if (r.OptionalObject("IssuerConfiguration") is not { } issuer || AwsJsonRequest.ReadString(issuer, "Type") is not { } type)
        {
            return UserPool.OriginalIssuerType;
        }

        AwsJsonRequest.EnsureEnum("issuerConfiguration.type", [type], UserPool.OriginalIssuerType, UserPool.UpdatedIssuerType);
        return type;
    }

    public static JsonObject Describe(UserPool pool)
    {
        int users;
        lock (pool.Gate)
        {
            users = pool.Users.Count;
        }

        var policies = new JsonObject { ["PasswordPolicy"] = pool.PasswordPolicy.ToJson(), ["SignInPolicy"] = new JsonObject { ["AllowedFirstAuthFactors"] = Wire.Strings(pool.AllowedFirstAuthFactors) } };
        var result = new JsonObject
        {
            ["Id"] = pool.Id,
            ["Name"] = pool.Name,
            ["Policies"] = policies,
            ["DeletionProtection"] = "INACTIVE",
            ["LambdaConfig"] = new JsonObject(),
            ["LastModifiedDate"] = Wire.Time(pool.LastModifiedDate),
            ["CreationDate"] = Wire.Time(pool.CreationDate),
            ["SchemaAttributes"] = pool.Schema.ToJson(),
            ["MfaConfiguration"] = pool.MfaConfiguration,
            ["EstimatedNumberOfUsers"] = users,
            ["UsernameConfiguration"] = new JsonObject { ["CaseSensitive"] = pool.CaseSensitive },
            ["Arn"] = pool.Arn(AccountId),
            ["UserPoolTier"] = "ESSENTIALS",
            ["IssuerConfiguration"] = new JsonObject { ["Type"] = pool.IssuerType },
            ["AdminCreateUserConfig"] = new JsonObject { ["AllowAdminCreateUserOnly"] = false, ["UnusedAccountValidityDays"] = pool.PasswordPolicy.TemporaryPasswordValidityDays },
        };
        if (pool.AutoVerifiedAttributes.Count > 0)
        {
            result["AutoVerifiedAttributes"] = Wire.Strings(pool.AutoVerifiedAttributes);
        }

        if (pool.AliasAttributes.Count > 0)
        {
            result["AliasAttributes"] = Wire.Strings(pool.AliasAttributes);
        }

        if (pool.UsernameAttributes.Count > 0)
        {
            result["UsernameAttributes"] = Wire.Strings(pool.UsernameAttributes);
        }

        if (pool.DeviceTracking)
        {
            result["DeviceConfiguration"] = new JsonObject
            {
                ["ChallengeRequiredOnNewDevice"] = pool.ChallengeRequiredOnNewDevice,
                ["DeviceOnlyRememberedOnUserPrompt"] = pool.DeviceOnlyRememberedOnUserPrompt,
            };
        }

        foreach (var (member, value) in pool.Echo)
        {
            result[member] = value?.DeepClone();
        }

        return result;
    }

    private static JsonObject SetMfaConfig(UserPool pool, AwsJsonRequest r)
    {
        lock (pool.Gate)
        {
            if (r.OptionalObject("SmsMfaConfiguration") is { } sms)
            {
                pool.SmsMfaEnabled = true;
                pool.SmsMfaConfiguration = (JsonObject)sms.DeepClone();
            }

            if (r.OptionalObject("SoftwareTokenMfaConfiguration") is { } totp)
            {
                pool.SoftwareTokenMfaEnabled = AwsJsonRequest.ReadBool(totp, "Enabled") ?? false;
            }

            if (r.OptionalObject("EmailMfaConfiguration") is { } email)
            {
                pool.EmailMfaEnabled = true;
                pool.EmailMfaConfiguration = (JsonObject)email.DeepClone();
            }

            if (r.OptionalObject("WebAuthnConfiguration") is { } webAuthn)
            {
                SetWebAuthn(pool, webAuthn);
            }

            if (r.OptionalString("MfaConfiguration") is { } mode)
            {
                if (mode is not ("OFF" or "ON" or "OPTIONAL"))
                {
                    throw AwsServiceException.InvalidParameter("1 validation error detected: Value '" + mode + "' at 'mfaConfiguration' failed to satisfy constraint: Member must satisfy enum value set: [OFF, ON, OPTIONAL]");
                }

                if (mode != "OFF" && !pool.SmsMfaEnabled && !pool.SoftwareTokenMfaEnabled && !pool.EmailMfaEnabled)
                {
                    throw AwsServiceException.InvalidParameter("At least one MFA method must be enabled to turn MFA on.");
                }

                pool.MfaConfiguration = mode;
            }

            return MfaConfig(pool);
        }
    }

    private static JsonObject MfaConfig(UserPool pool)
    {
        var result = new JsonObject
        {
            ["SoftwareTokenMfaConfiguration"] = new JsonObject { ["Enabled"] = pool.SoftwareTokenMfaEnabled },
            ["MfaConfiguration"] = pool.MfaConfiguration,
        };
        if (pool.SmsMfaEnabled)
        {
            result["SmsMfaConfiguration"] = pool.SmsMfaConfiguration?.DeepClone() ?? new JsonObject();
        }

        if (pool.EmailMfaEnabled)
        {
            result["EmailMfaConfiguration"] = pool.EmailMfaConfiguration?.DeepClone() ?? new JsonObject();
        }

        var webAuthn = new JsonObject { ["UserVerification"] = pool.WebAuthn.UserVerification, ["FactorConfiguration"] = pool.WebAuthn.FactorConfiguration };
        if (pool.WebAuthn.RelyingPartyId is { } rpId)
        {
            webAuthn["RelyingPartyId"] = rpId;
        }

        result["WebAuthnConfiguration"] = webAuthn;
        return result;
    }

    /// <summary>Reads <c>WebAuthnConfiguration</c>; members left out keep their value.</summary>
    private static void SetWebAuthn(UserPool pool, JsonObject webAuthn)
    {
        if (AwsJsonRequest.ReadString(webAuthn, "RelyingPartyId") is { } rpId)
        {
            if (rpId.Length is < 1 or > 127 || rpId.Contains('/', StringComparison.Ordinal) || rpId.Contains(':', StringComparison.Ordinal) && !rpId.StartsWith('['))
            {
                throw AwsServiceException.InvalidParameter("WebAuthnConfiguration.RelyingPartyId must be a domain name (1 to 127 characters, no scheme, port or path).");
            }

            pool.WebAuthn.RelyingPartyId = rpId;
        }

        if (AwsJsonRequest.ReadString(webAuthn, "UserVerification") is { } verification)
        {
            AwsJsonRequest.EnsureEnum("webAuthnConfiguration.userVerification", [verification], "required", "preferred");
            pool.WebAuthn.UserVerification = verification;
        }

        if (AwsJsonRequest.ReadString(webAuthn, "FactorConfiguration") is { } factor)
        {
            AwsJsonRequest.EnsureEnum("webAuthnConfiguration.factorConfiguration", [factor], Passkeys.WebAuthnSettings.SingleFactor, Passkeys.WebAuthnSettings.MultiFactor);
            pool.WebAuthn.FactorConfiguration = factor;
        }
    }
}
