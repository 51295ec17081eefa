using System.Text.Json.Nodes;
using CognitoKit.Testing.Auth;
using CognitoKit.Testing.Host;

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

        lock (pool.Gate)
        {
            var user = UserAccounts.Create(state, pool, username, r.AttributeList("UserAttributes"));
            if (password is { Length: > 0 })
            {
                UserAccounts.SetPassword(pool, user, password);
            }

            pool.Add(user);
            var result = new JsonObject { ["UserConfirmed"] = false, ["UserSub"] = user.Sub };
            if (CodeDelivery.ChooseAttribute(user, pool.AutoVerifiedAttributes) is { } attribute)
            {
                user.SignUpCode = new PendingCode(PendingCode.NewCode(), state.Now + CodeDelivery.SignUpCodeLifetime, attribute);
                result["CodeDeliveryDetails"] = CodeDelivery.Send(state, pool, user, attribute, MessagePurpose.SignUp, user.SignUpCode.Code);
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
            return SignUpSessions.Issue(state, pool, client, user, SignUpSessions.Confirmed) is { } session
                ? new JsonObject { ["Session"] = session }
                : null;
        }
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
            return new JsonObject { ["CodeDeliveryDetails"] = CodeDelivery.Send(state, pool, user, attribute, MessagePurpose.SignUp, user.SignUpCode.Code) };
        }
    }

    private static JsonObject ForgotPassword(EmulatorState state, AwsJsonRequest r)
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
            return new JsonObject { ["CodeDeliveryDetails"] = CodeDelivery.Send(state, pool, user, attribute, MessagePurpose.ForgotPassword, user.ResetCode.Code) };
        }
    }

    private static JsonObject? ConfirmForgotPassword(EmulatorState state, AwsJsonRequest r)
    {
        var (pool, _, username) = Start(state, r);
        var code = r.RequiredString("ConfirmationCode");
        var password = r.RequiredString("Password");
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
            return null;
        }
    }

    private static AwsServiceException UserNotFound() => new("UserNotFoundException", "Username/client id combination not found.");

    private static AwsServiceException AutoVerificationOff() => AwsServiceException.InvalidParameter("Auto verification not turned on.");
}
