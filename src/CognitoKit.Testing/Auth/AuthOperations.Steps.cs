using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Devices;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Mfa;
using CognitoKit.Testing.Tokens;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Auth;

/// <summary>What follows the first factor: account state, new password, device, MFA, tokens.</summary>
internal sealed partial class AuthOperations
{
    /// <summary>The member a hosted sign-in's last step answers with: the user's sub, in place of tokens.</summary>
    public const string HostedSignInResult = "HostedSub";

    private JsonObject AfterFirstFactor(UserPool pool, UserPoolClient client, User user, AuthSession session)
    {
        if (!user.Enabled)
        {
            throw AwsServiceException.NotAuthorized("User is disabled.");
        }

        switch (user.Status)
        {
            case UserStatus.Unconfirmed:
                throw new AwsServiceException("UserNotConfirmedException", "User is not confirmed.");
            case UserStatus.ResetRequired:
                throw new AwsServiceException("PasswordResetRequiredException", "Password reset required for the user");
            case UserStatus.ForceChangePassword:
                if (user.TemporaryPasswordExpiresAt is { } expires && state.Now >= expires)
                {
                    throw AwsServiceException.NotAuthorized("Temporary password has expired and must be reset by an administrator.");
                }

                return NewPasswordChallenge(pool, client, user, session);
        }

        return AfterAccountChecks(pool, client, user, session);
    }

    private JsonObject AfterAccountChecks(UserPool pool, UserPoolClient client, User user, AuthSession session)
    {
        if (!session.DeviceVerified && pool.DeviceTracking && session.DeviceKey is { } key)
        {
            // Device keys belong to one user: a key this user never had (made up, forgotten, deleted, or another user's)
            // is refused the way Cognito refuses it, once the first factor has been proven.
            if (!user.Devices.TryGetValue(key, out var device))
            {
                throw AwsServiceException.ResourceNotFound("Device does not exist.");
            }

            if (device.Verifier is not null)
            {
                return Challenge(client, session, "DEVICE_SRP_AUTH", new() { ["USERNAME"] = user.Username });
            }
        }

        var skipMfa = session.Passwordless || session.Flow == "CUSTOM_AUTH" || DeviceStandsInForMfa(pool, user, session);
        if (!skipMfa && MfaChallenge(pool, client, user, session) is { } mfa)
        {
            return mfa;
        }

        return Complete(pool, client, user, session);
    }

    /// <summary>
    /// Whether device authentication replaces MFA for this sign-in. The model says of
    /// <c>ChallengeRequiredOnNewDevice</c>: when true, a remembered device can sign in with device authentication
    /// instead of SMS or TOTP MFA, and devices that are not confirmed or not remembered still need the second factor.
    /// So MFA is skipped only when the pool turns that on, the device is one THIS user confirmed, it is remembered (with
    /// <c>DeviceOnlyRememberedOnUserPrompt</c>, only after <c>UpdateDeviceStatus</c> said so), and this sign-in proved it
    /// holds the device password with DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER: a device key alone proves nothing.
    /// </summary>
    private static bool DeviceStandsInForMfa(UserPool pool, User user, AuthSession session) =>
        pool.DeviceTracking && pool.ChallengeRequiredOnNewDevice
        && session.DeviceVerified && session.DeviceKey is { } key
        && user.Devices.TryGetValue(key, out var device) && device is { Confirmed: true, Remembered: true };

    private JsonObject NewPasswordChallenge(UserPool pool, UserPoolClient client, User user, AuthSession session)
    {
        var missing = pool.Schema.RequiredAttributes.Where(a => string.IsNullOrEmpty(user.Attribute(a))).Select(a => "userAttributes." + a);
        var current = new JsonObject();
        foreach (var (name, value) in user.Attributes.Where(a => a.Key != "sub"))
        {
            current[name] = value;
        }

        return Challenge(client, session, "NEW_PASSWORD_REQUIRED", new()
        {
            ["USER_ID_FOR_SRP"] = user.Username,
            ["requiredAttributes"] = JsonSerializer.Serialize(missing.ToArray(), TestingJsonContext.Default.StringArray),
            ["userAttributes"] = current.ToJsonString(),
        });
    }

    private JsonObject CompleteNewPassword(UserPool pool, UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> responses)
    {
        var password = Param(responses, "NEW_PASSWORD");
        pool.PasswordPolicy.Enforce(password);
        var attributes = responses.Where(r => r.Key.StartsWith("userAttributes.", StringComparison.Ordinal))
            .Select(r => new KeyValuePair<string, string>(r.Key["userAttributes.".Length..], r.Value)).ToList();
        foreach (var required in pool.Schema.RequiredAttributes)
        {
            if (string.IsNullOrEmpty(user.Attribute(required)) && !attributes.Any(a => a.Key == required && a.Value.Length > 0))
            {
                throw AwsServiceException.InvalidParameter("Invalid attributes given, " + required + " is missing");
            }
        }

        UserAccounts.Update(pool, user, attributes, checkMutable: true, state.Now);
        UserAccounts.SetPassword(pool, user, password);
        user.Status = UserStatus.Confirmed;
        user.TemporaryPasswordExpiresAt = null;
        session.TokenTriggerSource = "TokenGeneration_NewPasswordChallenge";
        return AfterAccountChecks(pool, client, user, session);
    }

    private JsonObject? MfaChallenge(UserPool pool, UserPoolClient client, User user, AuthSession session)
    {
        if (pool.MfaConfiguration == "OFF")
        {
            return null;
        }

        var phone = !string.IsNullOrEmpty(user.Attribute("phone_number"));
        var email = !string.IsNullOrEmpty(user.Attribute("email"));
        var available = new List<string>();
        if (pool.SmsMfaEnabled && user.SmsMfaEnabled && phone)
        {
            available.Add("SMS_MFA");
        }

        if (pool.SoftwareTokenMfaEnabled && user.TotpEnabled && user.TotpSecret is not null)
        {
            available.Add("SOFTWARE_TOKEN_MFA");
        }

        if (pool.EmailMfaEnabled && user.EmailMfaEnabled && email)
        {
            available.Add("EMAIL_OTP");
        }

        if (available.Count == 0)
        {
            if (pool.MfaConfiguration != "ON")
            {
                return null;
            }

            // Required MFA and nothing chosen: Cognito falls back to a verified phone, else asks for set-up.
            if (pool.SmsMfaEnabled && phone && user.IsVerified("phone_number"))
            {
                available.Add("SMS_MFA");
            }
            else
            {
                var canSetUp = new List<string>();
                if (pool.SmsMfaEnabled)
                {
                    canSetUp.Add("SMS_MFA");
                }

                if (pool.SoftwareTokenMfaEnabled)
                {
                    canSetUp.Add("SOFTWARE_TOKEN_MFA");
                }

                if (pool.EmailMfaEnabled)
                {
                    canSetUp.Add("EMAIL_OTP");
                }

                return Challenge(client, session, "MFA_SETUP", new()
                {
                    ["MFAS_CAN_SETUP"] = JsonSerializer.Serialize(canSetUp.ToArray(), TestingJsonContext.Default.StringArray),
                    ["USER_ID_FOR_SRP"] = user.Username,
                });
            }
        }

        var preferred = UserAccounts.PreferredMfa(user);
        var chosen = preferred is not null && available.Contains(preferred) ? preferred : available.Count == 1 ? available[0] : null;
        if (chosen is not null)
        {
            return IssueCodeChallenge(pool, client, user, session, chosen);
        }

        session.Options = available;
        return Challenge(client, session, "SELECT_MFA_TYPE", new()
        {
            ["MFAS_CAN_CHOOSE"] = JsonSerializer.Serialize(available.ToArray(), TestingJsonContext.Default.StringArray),
            ["USER_ID_FOR_SRP"] = user.Username,
        });
    }

    /// <summary>
    /// MFA_SETUP answered with EMAIL: the address becomes the user's (unverified) email and a code goes to it as an
    /// EMAIL_OTP challenge; the right code verifies it and turns email MFA on (see <see cref="VerifyCode"/>).
    /// </summary>
    private JsonObject StartEmailMfaSetup(UserPool pool, UserPoolClient client, User user, AuthSession session, string email)
    {
        if (!pool.EmailMfaEnabled)
        {
            throw AwsServiceException.InvalidParameter("Email MFA is not enabled for this user pool.");
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == email.Length - 1 || email.Any(char.IsWhiteSpace))
        {
            throw AwsServiceException.InvalidParameter("Invalid email address format.");
        }

        user.Attributes["email"] = email;
        user.Attributes["email_verified"] = "false";
        user.LastModifiedDate = state.Now;
        session.EmailMfaSetup = true;
        return IssueCodeChallenge(pool, client, user, session, "EMAIL_OTP");
    }

    private JsonObject SelectMfa(UserPool pool, UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> responses)
    {
        var answer = Param(responses, "ANSWER");
        if (answer == "EMAIL_MFA")
        {
            answer = "EMAIL_OTP";
        }

        return session.Options.Contains(answer)
            ? IssueCodeChallenge(pool, client, user, session, answer)
            : throw AwsServiceException.InvalidParameter("Invalid MFA type " + answer + "; choose one of MFAS_CAN_CHOOSE.");
    }

    /// <summary>SMS_MFA, EMAIL_OTP, SMS_OTP (a code goes to the inbox) or SOFTWARE_TOKEN_MFA (the user's authenticator).</summary>
    private JsonObject IssueCodeChallenge(UserPool pool, UserPoolClient client, User user, AuthSession session, string challenge)
    {
        var parameters = new Dictionary<string, string> { ["USER_ID_FOR_SRP"] = user.Username };
        session.FailedAttempts = 0;
        if (challenge == "SOFTWARE_TOKEN_MFA")
        {
            session.ExpectedCode = null;
            return Challenge(client, session, challenge, parameters);
        }

        var attribute = challenge == "EMAIL_OTP" ? "email" : "phone_number";
        if (string.IsNullOrEmpty(user.Attribute(attribute)))
        {
            throw new AwsServiceException("MFAMethodNotFoundException", "No " + attribute + " to deliver the code to.");
        }

        session.ExpectedCode = PendingCode.NewCode();
        var details = CodeDelivery.Send(state, pool, user, attribute, MessagePurposeNames.OfChallenge(challenge), session.ExpectedCode);
        parameters["CODE_DELIVERY_DELIVERY_MEDIUM"] = (string)details["DeliveryMedium"]!;
        parameters["CODE_DELIVERY_DESTINATION"] = (string)details["Destination"]!;
        return Challenge(client, session, challenge, parameters);
    }

    private JsonObject VerifyCode(UserPool pool, UserPoolClient client, User user, AuthSession session, string sessionId, IReadOnlyDictionary<string, string> responses)
    {
        var challenge = session.ExpectedChallenge;
        var key = challenge switch
        {
            "SMS_MFA" => "SMS_MFA_CODE",
            "SMS_OTP" => "SMS_OTP_CODE",
            "SOFTWARE_TOKEN_MFA" => "SOFTWARE_TOKEN_MFA_CODE",
            _ => responses.ContainsKey("EMAIL_MFA_CODE") ? "EMAIL_MFA_CODE" : "EMAIL_OTP_CODE",
        };
        var code = Param(responses, key);
        bool ok;
        if (challenge == "SOFTWARE_TOKEN_MFA")
        {
            var step = user.TotpSecret is null ? -1 : Totp.Verify(user.TotpSecret, code, state.Now, user.LastTotpStep);
            ok = step >= 0;
            if (ok)
            {
                user.LastTotpStep = step;
            }
        }
        else
        {
            ok = session.ExpectedCode is not null && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(session.ExpectedCode), System.Text.Encoding.UTF8.GetBytes(code));
        }

        if (!ok)
        {
            // A wrong code may be retried in the same session, a few times.
            if (++session.FailedAttempts < PendingCode.MaxFailedAttempts)
            {
                state.AuthSessions.Restore(sessionId, session);
            }

            throw new AwsServiceException("CodeMismatchException", "Invalid code or auth state for the user.");
        }

        if (session.EmailMfaSetup)
        {
            user.Attributes["email_verified"] = "true";
            user.EmailMfaEnabled = true;
        }

        return session.Passwordless ? AfterFirstFactor(pool, client, user, session) : Complete(pool, client, user, session);
    }

    /// <summary>Tokens, plus NewDeviceMetadata when the pool tracks devices and this sign-in used none.</summary>
    private JsonObject Complete(UserPool pool, UserPoolClient client, User user, AuthSession session)
    {
        if (session.Hosted)
        {
            // The hosted pages issue an authorization code for the user; the tokens come from the token endpoint.
            PostAuthenticate(pool, client, user, session, newDeviceUsed: false);
            return new JsonObject { [HostedSignInResult] = user.Sub };
        }

        var deviceKey = session.DeviceVerified ? session.DeviceKey : null;
        JsonObject? newDevice = null;
        if (pool.DeviceTracking && deviceKey is null)
        {
            var device = new RememberedDevice
            {
                DeviceKey = state.Region + "_" + Guid.NewGuid(),
                DeviceGroupKey = "-" + RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 9),
                CreateDate = state.Now,
                LastModifiedDate = state.Now,
            };
            user.Devices[device.DeviceKey] = device;
            deviceKey = device.DeviceKey;
            newDevice = new JsonObject { ["DeviceKey"] = device.DeviceKey, ["DeviceGroupKey"] = device.DeviceGroupKey };
        }

        PostAuthenticate(pool, client, user, session, newDeviceUsed: newDevice is not null);
        var result = TokenIssuer.Issue(state, pool, client, user, SignInGrant.New(state.Now, deviceKey), includeRefreshToken: true, session.TokenTriggerSource, session.ClientMetadata);
        if (newDevice is not null)
        {
            result["NewDeviceMetadata"] = newDevice;
        }

        return new JsonObject { ["ChallengeParameters"] = new JsonObject(), ["AuthenticationResult"] = result };
    }
}
