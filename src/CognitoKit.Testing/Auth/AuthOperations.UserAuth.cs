using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Passkeys;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Auth;

/// <summary>USER_AUTH, choice-based sign-in: PREFERRED_CHALLENGE, or SELECT_CHALLENGE with AvailableChallenges.</summary>
internal sealed partial class AuthOperations
{
    private JsonObject StartUserAuth(UserPool pool, UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> parameters, EarlyWork early)
    {
        var available = FirstFactors(pool, user);
        if (parameters.GetValueOrDefault("PREFERRED_CHALLENGE") is { } preferred && available.Contains(preferred))
        {
            return AnswerUserAuth(pool, client, user, session, preferred, parameters, early);
        }

        session.Options = available;
        var result = Challenge(client, session, "SELECT_CHALLENGE", new() { ["USERNAME"] = user.Username });
        result["AvailableChallenges"] = Wire.Strings(available);
        return result;
    }

    private static List<string> FirstFactors(UserPool pool, User user)
    {
        var factors = new List<string>();
        if (pool.AllowedFirstAuthFactors.Contains("PASSWORD") && user.Password is not null)
        {
            factors.Add("PASSWORD_SRP");
            factors.Add("PASSWORD");
        }

        if (pool.AllowedFirstAuthFactors.Contains("EMAIL_OTP") && !string.IsNullOrEmpty(user.Attribute("email")))
        {
            factors.Add("EMAIL_OTP");
        }

        if (pool.AllowedFirstAuthFactors.Contains("SMS_OTP") && !string.IsNullOrEmpty(user.Attribute("phone_number")))
        {
            factors.Add("SMS_OTP");
        }

        if (PasskeyOperations.Offered(pool, user))
        {
            factors.Add("WEB_AUTHN");
        }

        return factors;
    }

    private JsonObject AnswerUserAuth(UserPool pool, UserPoolClient client, User user, AuthSession session, string choice, IReadOnlyDictionary<string, string> values, EarlyWork early)
    {
        if (session.Flow != "USER_AUTH" || !FirstFactors(pool, user).Contains(choice))
        {
            throw AwsServiceException.InvalidParameter("The challenge " + choice + " is not available for this user.");
        }

        switch (choice)
        {
            case "PASSWORD":
                return PasswordSignIn(pool, client, user, session, Param(values, "PASSWORD"), early);
            case "PASSWORD_SRP":
                return StartSrp(pool, client, user, session, Param(values, "SRP_A"), early);
            case "WEB_AUTHN":
                return PasskeyChallenge(client, user, session);
            default:
                session.Passwordless = true;
                return IssueCodeChallenge(pool, client, user, session, choice);
        }
    }

    /// <summary>WEB_AUTHN: request options with a fresh challenge and the user's passkeys, kept in the session for the answer.</summary>
    private JsonObject PasskeyChallenge(UserPoolClient client, User user, AuthSession session)
    {
        var pool = state.UserPools.Get(session.PoolId);
        session.PasskeyOptions = RelyingParty.RequestOptions(pool, user);
        return Challenge(client, session, "WEB_AUTHN", new()
        {
            ["USERNAME"] = user.Username,
            ["CREDENTIAL_REQUEST_OPTIONS"] = session.PasskeyOptions,
        });
    }

    /// <summary>The WEB_AUTHN answer: the assertion (CREDENTIAL) checked against the options the challenge sent.</summary>
    private JsonObject VerifyPasskey(UserPool pool, UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> responses)
    {
        var options = session.PasskeyOptions ?? throw AwsServiceException.NotAuthorized("Invalid session for the user.");
        session.PasskeyOptions = null;
        RelyingParty.Verify(pool, user, options, Param(responses, "CREDENTIAL"));
        session.Passwordless = true;
        return AfterFirstFactor(pool, client, user, session);
    }
}
