using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Tokens;

namespace CognitoKit.Testing.UserPools;

/// <summary>The Admin* user operations (SigV4-signed: see <see cref="AdminSignature"/>). Group membership lives in <see cref="GroupOperations"/>.</summary>
internal static class AdminUserOperations
{
    public static void Register(EmulatorState state, Dictionary<string, AwsJsonOperation> ops)
    {
        ops["AdminCreateUser"] = r => new(AdminCreateUser(state, r));
        ops["AdminSetUserPassword"] = r => WithUser(state, r, (pool, user) => SetPassword(state, pool, user, r.RequiredString("Password"), r.OptionalBool("Permanent") ?? false));
        ops["AdminConfirmSignUp"] = r =>
        {
            var pool = state.UserPools.Get(r.RequiredString("UserPoolId"));
            User user;
            lock (pool.Gate)
            {
                user = UserAccounts.Find(pool, r.RequiredString("Username"));
                if (user.Status != UserStatus.Unconfirmed)
                {
                    throw AwsServiceException.NotAuthorized("User cannot be confirmed. Current status is " + user.Status);
                }

                user.Status = UserStatus.Confirmed;
                user.SignUpCode = null;
            }

            SignUpOperations.PostConfirmation(state, pool, null, user, r.StringMap("ClientMetadata"), "PostConfirmation_ConfirmSignUp");
            return new((JsonObject?)null);
        };
        ops["AdminGetUser"] = r => WithUser(state, r, (_, user) => UserAccounts.Describe(user, admin: true));
        ops["AdminDeleteUser"] = r => WithUser(state, r, (pool, user) =>
        {
            Revocation.SignOutEverywhere(state, user);
            pool.Remove(user);
            return null;
        });
        ops["AdminUserGlobalSignOut"] = r => WithUser(state, r, (_, user) =>
        {
            Revocation.SignOutEverywhere(state, user);
            return null;
        });
        ops["AdminDisableUser"] = r => WithUser(state, r, (_, user) =>
        {
            user.Enabled = false;
            Revocation.SignOutEverywhere(state, user);
            return null;
        });
        ops["AdminEnableUser"] = r => WithUser(state, r, (_, user) =>
        {
            user.Enabled = true;
            return null;
        });
        ops["AdminResetUserPassword"] = r => WithUser(state, r, (pool, user) => ResetPassword(state, pool, user));
        ops["AdminUpdateUserAttributes"] = r => WithUser(state, r, (pool, user) =>
        {
            UserAccounts.Update(pool, user, r.AttributeList("UserAttributes"), checkMutable: true, state.Now);
            return null;
        });
    }

    private static ValueTask<JsonObject?> WithUser(EmulatorState state, AwsJsonRequest r, Func<UserPool, User, JsonObject?> action)
    {
        var pool = state.UserPools.Get(r.RequiredString("UserPoolId"));
        var username = r.RequiredString("Username");
        lock (pool.Gate)
        {
            return new(action(pool, UserAccounts.Find(pool, username)));
        }
    }

    public static JsonObject? SetPassword(EmulatorState state, UserPool pool, User user, string password, bool permanent)
    {
        pool.PasswordPolicy.Enforce(password);
        UserAccounts.SetPassword(pool, user, password);
        user.Status = permanent ? UserStatus.Confirmed : UserStatus.ForceChangePassword;
        user.TemporaryPasswordExpiresAt = permanent ? null : state.Now + TimeSpan.FromDays(pool.PasswordPolicy.TemporaryPasswordValidityDays);
        user.LastModifiedDate = state.Now;
        return null;
    }

    /// <summary>
    /// RESET_REQUIRED, and a reset code to the verified email or phone number, which ConfirmForgotPassword takes. A user
    /// with neither is refused, as Cognito refuses when it has nowhere to send the code.
    /// </summary>
    private static JsonObject? ResetPassword(EmulatorState state, UserPool pool, User user)
    {
        var attribute = new[] { "email", "phone_number" }.FirstOrDefault(a => user.IsVerified(a) && !string.IsNullOrEmpty(user.Attribute(a)))
            ?? throw AwsServiceException.InvalidParameter("Cannot reset password for the user as there is no registered/verified email or phone_number");
        user.Status = UserStatus.ResetRequired;
        user.LastModifiedDate = state.Now;
        user.ResetCode = new PendingCode(PendingCode.NewCode(), state.Now + CodeDelivery.ResetCodeLifetime, attribute);
        CodeDelivery.Send(state, pool, user, attribute, MessagePurpose.ForgotPassword, user.ResetCode.Code);
        return null;
    }

    private static JsonObject AdminCreateUser(EmulatorState state, AwsJsonRequest r)
    {
        var pool = state.UserPools.Get(r.RequiredString("UserPoolId"));
        var username = r.RequiredString("Username");
        var action = r.OptionalString("MessageAction");
        var mediums = r.StringList("DesiredDeliveryMediums");
        if (action != "RESEND")
        {
            _ = SignUpOperations.PreSignUp(state, pool, null, username, r.AttributeList("UserAttributes"), r.AttributeList("ValidationData"), r.StringMap("ClientMetadata"), "PreSignUp_AdminCreateUser");
        }

        lock (pool.Gate)
        {
            User user;
            var temporary = r.OptionalString("TemporaryPassword") ?? GeneratePassword(pool.PasswordPolicy);
            if (action == "RESEND")
            {
                user = UserAccounts.Find(pool, username);
                if (user.Status != UserStatus.ForceChangePassword)
                {
                    throw new AwsServiceException("UnsupportedUserStateException", "Resend not possible. " + user.Username + " status is not FORCE_CHANGE_PASSWORD.");
                }
            }
            else
            {
                user = UserAccounts.Create(state, pool, username, r.AttributeList("UserAttributes"));
                pool.Add(user);
            }

            SetPassword(state, pool, user, temporary, permanent: false);
            if (action != "SUPPRESS")
            {
                foreach (var medium in mediums.Count == 0 ? ["SMS"] : mediums)
                {
                    var attribute = medium == "EMAIL" ? "email" : "phone_number";
                    if (!string.IsNullOrEmpty(user.Attribute(attribute)))
                    {
                        CodeDelivery.Send(state, pool, user, attribute, MessagePurpose.AdminCreateUser, temporary);
                    }
                }
            }

            return new JsonObject
            {
                ["User"] = new JsonObject
                {
                    ["Username"] = user.Username,
                    ["Attributes"] = Wire.Attributes(user.Attributes),
                    ["UserCreateDate"] = Wire.Time(user.CreateDate),
                    ["UserLastModifiedDate"] = Wire.Time(user.LastModifiedDate),
                    ["Enabled"] = user.Enabled,
                    ["UserStatus"] = user.Status,
                },
            };
        }
    }

    private static string GeneratePassword(PasswordPolicy policy)
    {
        var body = RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", Math.Max(policy.MinimumLength, 12) - 3);
        return "A" + body + "7!";
    }
}
