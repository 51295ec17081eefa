using System.Text.Json.Nodes;
using CognitoKit.Testing.Auth;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing.UserPools;

/// <summary>Self sign-up and account recovery: SignUp, ConfirmSignUp, ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword.</summary>
internal static class SignUpOperations
{
    public static void Register(EmulatorState state, Dictionary<string, AwsJsonOperation> ops)
    {
        ops["SignUp"] = r => new(SignUp(state, r));
        ops["ConfirmSignUp"] = r => new(ConfirmSignUp(state, r));
        ops["ResendConfirmationCode"] = r => new(Resend(state, r));
        ops["ForgotPassword"] = r => new(ForgotPassword(state, r));
        ops["ConfirmForgotPassword"] = r => new(ConfirmForgotPassword(state, r));
    }

    private static (UserPool Pool, UserPoolClient Client, string Username) Start(EmulatorState state, AwsJsonRequest r)
    {
        var (pool, client) = state.UserPools.GetClient(r.RequiredString("ClientId"));
        var username = r.RequiredString("Username");
        SecretHash.Verify(client, r.OptionalString("SecretHash"), username);
        return (pool, client, username);
    }

    private static JsonObject SignUp(EmulatorState state, AwsJsonRequest r)
    {
        var (pool, client, username) = Start(state, r);
        var password = r.OptionalString("Password");
        if (string.IsNullOrEmpty(password))
        {
            if (!pool.AllowedFirstAuthFactors.Any(f => f is "EMAIL_OTP" or "SMS_OTP"))
            {
                throw AwsServiceException.MissingMember("Password");
            }
        }
        else
        {
            pool.PasswordPolicy.Enforce(password);
        }

        var attributes = r.AttributeList("UserAttributes");
        var preSignUp = PreSignUp(state, pool, client.ClientId, username, attributes, r.AttributeList("ValidationData"), r.StringMap("ClientMetadata"), "PreSignUp_SignUp");
        lock (pool.Gate)
        {
            var user = UserAccounts.Create(state, pool, username, attributes);
            if (password is { Length: > 0 })
            {
                UserAccounts.SetPassword(pool, user, password);
            }

            var confirmed = ApplyPreSignUp(user, preSignUp);
            pool.Add(user);
            var result = new JsonObject { ["UserConfirmed"] = confirmed, ["UserSub"] = user.Sub };
            if (!confirmed && CodeDelivery.ChooseAttribute(user, pool.AutoVerifiedAttributes) is { } attribute)
            {
                user.SignUpCode = new PendingCode(PendingCode.NewCode(), state.Now + CodeDelivery.SignUpCodeLifetime, attribute);
                result["CodeDeliveryDetails"] = CodeDelivery.Send(state, pool, user, attribute, MessagePurpose.SignUp, user.SignUpCode.Code, clientId: client.ClientId);
            }

            if (SignUpSessions.Issue(state, pool, client, user, SignUpSessions.SignedUp) is { } session)
            {
                result["Session"] = session;
            }

            return result;
        }
    }

    private static JsonObject? ConfirmSignUp(EmulatorState state, AwsJsonRequest r)
    {
        var (pool, client, username) = Start(state, r);
        var code = r.RequiredString("ConfirmationCode");
        var signUpSession = r.OptionalString("Session");
        User confirmedUser;
        JsonObject? result;
        lock (pool.Gate)
        {
            var user = pool.FindUser(username) ?? throw UserNotFound();
            if (user.Status != UserStatus.Unconfirmed)
            {
                throw AwsServiceException.NotAuthorized("User cannot be confirmed. Current status is " + user.Status);
            }

            // A SignUp session, when given, must be this user's, from this client, unexpired; it is used up only when the code is right.
            var restore = signUpSession is null ? null : SignUpSessions.Take(state, client, user, signUpSession, SignUpSessions.SignedUp);
            try
            {
                CodeDelivery.Check(user.SignUpCode, code, state.Now);
            }
            catch (AwsServiceException) when (restore is not null)
            {
                state.AuthSessions.Restore(signUpSession!, restore);
                throw;
            }
            user.Status = UserStatus.Confirmed;
            if (user.SignUpCode?.AttributeName is { } attribute)
            {
                user.Attributes[attribute + "_verified"] = "true";
            }

            user.SignUpCode = null;
            user.LastModifiedDate = state.Now;
            confirmedUser = user;
            result = SignUpSessions.Issue(state, pool, client, user, SignUpSessions.Confirmed) is { } session
                ? new JsonObject { ["Session"] = session }
                : null;
        }

        PostConfirmation(state, pool, client.ClientId, confirmedUser, r.StringMap("ClientMetadata"), "PostConfirmation_ConfirmSignUp");
        return result;
    }

    private static JsonObject Resend(EmulatorState state, AwsJsonRequest r)
    {
        var (pool, client, username) = Start(state, r);
        lock (pool.Gate)
        {
            var user = pool.FindUser(username);
            if (user is null || (!user.Enabled && client.PreventUserExistenceErrors))
            {
                if (!client.PreventUserExistenceErrors)
                {
                    throw UserNotFound();
                }

                // Cognito answers a made-up delivery, or the error a real user of this pool would get.
                return pool.AutoVerifiedAttributes.Any(a => a is "email" or "phone_number")
                    ? new JsonObject { ["CodeDeliveryDetails"] = UnknownUserDecoys.CodeDelivery(pool, username) }
                    : throw AutoVerificationOff();
            }

            if (user.Status != UserStatus.Unconfirmed)
            {
                throw AwsServiceException.InvalidParameter("User is already confirmed.");
            }

            var attribute = CodeDelivery.ChooseAttribute(user, pool.AutoVerifiedAttributes) ?? throw AutoVerificationOff();
            user.SignUpCode = new PendingCode(PendingCode.NewCode(), state.Now + CodeDelivery.SignUpCodeLifetime, attribute);
            return new JsonObject { ["CodeDeliveryDetails"] = CodeDelivery.Send(state, pool, user, attribute, MessagePurpose.SignUp, user.SignUpCode.Code, "CustomMessage_ResendCode", client.ClientId) };
        }
    }

    private static JsonObject ForgotPassword(EmulatorState state, AwsJsonRequest r)
    {
        var (pool, client, username) = Start(state, r);
        bool known;
        lock (pool.Gate)
        {
            known = pool.FindUser(username) is not null;
        }

        if (!known && TriggerRunner.Has(state, pool, pool.Triggers.UserMigration, "UserMigration"))
        {
            // The trigger runs without the pool held, so that it may call the emulator; the user is created under it again.
            UserMigration.Run(state, pool, client, username, password: null, r.StringMap("ClientMetadata"), "UserMigration_ForgotPassword");
        }

        lock (pool.Gate)
        {
            var user = pool.FindUser(username);
            if (user is null || (!user.Enabled && client.PreventUserExistenceErrors))
            {
                if (!client.PreventUserExistenceErrors)
                {
                    throw UserNotFound();
                }

                // Cognito answers as if a code went out (to a stable, made-up destination), so the call reveals nothing.
                return new JsonObject { ["CodeDeliveryDetails"] = UnknownUserDecoys.CodeDelivery(pool, username) };
            }

            if (user.Status == UserStatus.ForceChangePassword)
            {
                throw AwsServiceException.NotAuthorized("User password cannot be reset in the current state.");
            }

            var attribute = new[] { "email", "phone_number" }.FirstOrDefault(a => user.IsVerified(a) && !string.IsNullOrEmpty(user.Attribute(a)))
                ?? throw AwsServiceException.InvalidParameter("Cannot reset password for the user as there is no registered/verified email or phone_number");
            user.ResetCode = new PendingCode(PendingCode.NewCode(), state.Now + CodeDelivery.ResetCodeLifetime, attribute);
            return new JsonObject { ["CodeDeliveryDetails"] = CodeDelivery.Send(state, pool, user, attribute, MessagePurpose.ForgotPassword, user.ResetCode.Code, clientId: client.ClientId) };
        }
    }

    private static JsonObject? ConfirmForgotPassword(EmulatorState state, AwsJsonRequest r)
    {
        var (pool, client, username) = Start(state, r);
        var code = r.RequiredString("ConfirmationCode");
        var password = r.RequiredString("Password");
        User confirmedUser;
        lock (pool.Gate)
        {
            var user = pool.FindUser(username) ?? throw UserNotFound();
            CodeDelivery.Check(user.ResetCode, code, state.Now);
            pool.PasswordPolicy.Enforce(password);
            UserAccounts.SetPassword(pool, user, password);
            user.ResetCode = null;
            if (user.Status == UserStatus.ResetRequired)
            {
                user.Status = UserStatus.Confirmed;
            }

            user.LastModifiedDate = state.Now;
            confirmedUser = user;
        }

        PostConfirmation(state, pool, client.ClientId, confirmedUser, r.StringMap("ClientMetadata"), "PostConfirmation_ConfirmForgotPassword");
        return null;
    }

    /// <summary>Runs the pre sign-up trigger (before the user exists, without the pool held); null when the pool has none.</summary>
    public static PreSignUpResponse? PreSignUp(
        EmulatorState state, UserPool pool, string? clientId, string username, IReadOnlyList<KeyValuePair<string, string>> attributes,
        IReadOnlyList<KeyValuePair<string, string>> validationData, IReadOnlyDictionary<string, string> clientMetadata, string triggerSource)
    {
        var triggerEvent = new PreSignUpEvent
        {
            TriggerSource = triggerSource,
            UserName = username,
            Request = new PreSignUpRequest
            {
                UserAttributes = ToMap(attributes),
                ValidationData = validationData.Count == 0 ? null : ToMap(validationData),
                ClientMetadata = TriggerRunner.Metadata(clientMetadata),
            },
        };
        return TriggerRunner.Run(state, pool, pool.Triggers.PreSignUp, "PreSignUp", triggerEvent, clientId) ? triggerEvent.Response : null;
    }

    /// <summary>Confirms and verifies as the pre sign-up answer says; whether the user is now confirmed.</summary>
    private static bool ApplyPreSignUp(User user, PreSignUpResponse? answer)
    {
        if (answer is null)
        {
            return false;
        }

        foreach (var (asked, attribute) in new[] { (answer.AutoVerifyEmail, "email"), (answer.AutoVerifyPhone, "phone_number") })
        {
            if (asked && !string.IsNullOrEmpty(user.Attribute(attribute)))
            {
                user.Attributes[attribute + "_verified"] = "true";
            }
        }

        if (answer.AutoConfirmUser)
        {
            user.Status = UserStatus.Confirmed;
        }

        return answer.AutoConfirmUser;
    }

    /// <summary>Runs the post confirmation trigger, without the pool held; its error reaches the caller, the confirmation stays.</summary>
    public static void PostConfirmation(EmulatorState state, UserPool pool, string? clientId, User user, IReadOnlyDictionary<string, string> clientMetadata, string triggerSource)
    {
        Dictionary<string, string> attributes;
        lock (pool.Gate)
        {
            attributes = TriggerRunner.AttributesOf(user);
        }

        var triggerEvent = new PostConfirmationEvent
        {
            TriggerSource = triggerSource,
            UserName = user.Username,
            Request = new PostConfirmationRequest { UserAttributes = attributes, ClientMetadata = TriggerRunner.Metadata(clientMetadata) },
        };
        TriggerRunner.Run(state, pool, pool.Triggers.PostConfirmation, "PostConfirmation", triggerEvent, clientId);
    }

    private static Dictionary<string, string> ToMap(IReadOnlyList<KeyValuePair<string, string>> values)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            map[name] = value;
        }

        return map;
    }

    private static AwsServiceException UserNotFound() => new("UserNotFoundException", "Username/client id combination not found.");

    private static AwsServiceException AutoVerificationOff() => AwsServiceException.InvalidParameter("Auto verification not turned on.");
}
