using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Mfa;

/// <summary>AssociateSoftwareToken, VerifySoftwareToken (with an access token or an MFA_SETUP session) and SetUserMFAPreference.</summary>
internal static class MfaOperations
{
    public static void Register(EmulatorState state, Dictionary<string, AwsJsonOperation> ops)
    {
        ops["AssociateSoftwareToken"] = r => new(Associate(state, r));
        ops["VerifySoftwareToken"] = r => new(Verify(state, r));
        ops["SetUserMFAPreference"] = r => SelfServiceOperations.WithToken(state, r, t =>
        {
            if (r.OptionalObject("SoftwareTokenMfaSettings") is { } totp && AwsJsonRequest.ReadBool(totp, "Enabled") == true && t.User.TotpSecret is null)
            {
                throw AwsServiceException.InvalidParameter("User has not verified software token mfa");
            }

            if (r.OptionalObject("WebAuthnMfaSettings") is { } webAuthn && AwsJsonRequest.ReadBool(webAuthn, "Enabled") is { } passkeyMfa)
            {
                if (passkeyMfa && !t.Pool.WebAuthn.IsMultiFactor)
                {
                    throw AwsServiceException.InvalidParameter("Passkey MFA needs the user pool's WebAuthnConfiguration.FactorConfiguration to be MULTI_FACTOR_WITH_USER_VERIFICATION.");
                }

                t.User.WebAuthnMfaEnabled = passkeyMfa;
            }

            var sms = r.OptionalObject("SMSMfaSettings");
            var software = r.OptionalObject("SoftwareTokenMfaSettings");
            var email = r.OptionalObject("EmailMfaSettings");
            t.User.SmsMfaEnabled = Enabled(sms) ?? t.User.SmsMfaEnabled;
            t.User.TotpEnabled = Enabled(software) ?? t.User.TotpEnabled;
            t.User.EmailMfaEnabled = Enabled(email) ?? t.User.EmailMfaEnabled;

            // One preferred method at most: naming a new one replaces the old.
            var preferred = Preferred(software) ? "TOTP" : Preferred(sms) ? "SMS" : Preferred(email) ? "EMAIL" : null;
            if (preferred is not null)
            {
                t.User.TotpPreferred = preferred == "TOTP";
                t.User.SmsMfaPreferred = preferred == "SMS";
                t.User.EmailMfaPreferred = preferred == "EMAIL";
            }

            t.User.TotpPreferred &= t.User.TotpEnabled && Preferred(software, t.User.TotpPreferred);
            t.User.SmsMfaPreferred &= t.User.SmsMfaEnabled && Preferred(sms, t.User.SmsMfaPreferred);
            t.User.EmailMfaPreferred &= t.User.EmailMfaEnabled && Preferred(email, t.User.EmailMfaPreferred);
            return null;
        });
    }

    private static bool? Enabled(JsonObject? settings) => settings is null ? null : AwsJsonRequest.ReadBool(settings, "Enabled");

    private static bool Preferred(JsonObject? settings, bool fallback = false) => (settings is null ? null : AwsJsonRequest.ReadBool(settings, "PreferredMfa")) ?? fallback;

    private static JsonObject Associate(EmulatorState state, AwsJsonRequest r)
    {
        var secret = Totp.NewSecret();
        if (r.OptionalString("AccessToken") is { } token)
        {
            var context = Tokens.AccessTokenValidator.Validate(state, token);
            lock (context.Pool.Gate)
            {
                context.User.PendingTotpSecret = secret;
            }

            return new JsonObject { ["SecretCode"] = secret };
        }

        var (pool, user, session) = TakeSetupSession(state, r);
        lock (pool.Gate)
        {
            user.PendingTotpSecret = secret;
        }

        return new JsonObject { ["SecretCode"] = secret, ["Session"] = state.AuthSessions.Store(session) };
    }

    private static JsonObject Verify(EmulatorState state, AwsJsonRequest r)
    {
        var code = r.RequiredString("UserCode");
        if (r.OptionalString("AccessToken") is { } token)
        {
            var context = Tokens.AccessTokenValidator.Validate(state, token);
            lock (context.Pool.Gate)
            {
                Enable(state, context.User, code);
            }

            return new JsonObject { ["Status"] = "SUCCESS" };
        }

        var (pool, user, session) = TakeSetupSession(state, r);
        lock (pool.Gate)
        {
            try
            {
                Enable(state, user, code);
            }
            catch (AwsServiceException) when (session.Hosted)
            {
                // The hosted page lets the user type the code again, as Cognito's does.
                state.AuthSessions.Restore(r.OptionalString("Session")!, session);
                throw;
            }
        }

        session.MfaSetupVerified = true;
        return new JsonObject { ["Status"] = "SUCCESS", ["Session"] = state.AuthSessions.Store(session) };
    }

    private static void Enable(EmulatorState state, User user, string code)
    {
        var secret = user.PendingTotpSecret ?? throw new AwsServiceException("SoftwareTokenMFANotFoundException", "Software Token MFA has not been associated for this user.");
        var step = Totp.Verify(secret, code, state.Now, -1);
        if (step < 0)
        {
            throw new AwsServiceException("EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA mfa");
        }

        user.TotpSecret = secret;
        user.PendingTotpSecret = null;
        user.LastTotpStep = step;
        user.TotpEnabled = true;
    }

    private static (UserPool Pool, User User, Auth.AuthSession Session) TakeSetupSession(EmulatorState state, AwsJsonRequest r)
    {
        var id = r.OptionalString("Session") ?? throw AwsServiceException.InvalidParameter("Either AccessToken or Session is required.");
        var session = state.AuthSessions.TakeAny(id, state.Now);
        if (session.ExpectedChallenge != "MFA_SETUP")
        {
            throw AwsServiceException.NotAuthorized("Invalid session for the user.");
        }

        var pool = state.UserPools.Get(session.PoolId);
        lock (pool.Gate)
        {
            var user = pool.Users.GetValueOrDefault(session.Username) ?? throw AwsServiceException.NotAuthorized("Invalid session for the user.");
            session.ExpiresAt = state.Now + TimeSpan.FromMinutes(3);
            return (pool, user, session);
        }
    }
}
