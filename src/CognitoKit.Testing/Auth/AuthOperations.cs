using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Auth;

/// <summary>
/// Sign-in: InitiateAuth, RespondToAuthChallenge (and their Admin forms) and GetTokensFromRefreshToken.
/// Each flow runs only where the client's ExplicitAuthFlows allow it; every step stores a new single-use session.
/// </summary>
internal sealed partial class AuthOperations
{
    private const string IncorrectCredentials = "Incorrect username or password.";
    private readonly EmulatorState state;

    public AuthOperations(EmulatorState state) => this.state = state;

    public void Register(Dictionary<string, AwsJsonOperation> ops)
    {
        ops["InitiateAuth"] = r => new(Initiate(r, admin: false));
        ops["AdminInitiateAuth"] = r => new(Initiate(r, admin: true));
        ops["RespondToAuthChallenge"] = r => new(Respond(r, admin: false));
        ops["AdminRespondToAuthChallenge"] = r => new(Respond(r, admin: true));
        ops["GetTokensFromRefreshToken"] = r => new(GetTokensFromRefreshToken(r));
    }

    private (UserPool Pool, UserPoolClient Client) ClientFor(AwsJsonRequest r, bool admin)
    {
        var (pool, client) = state.UserPools.GetClient(r.RequiredString("ClientId"));
        if (admin && r.RequiredString("UserPoolId") != pool.Id)
        {
            throw AwsServiceException.ResourceNotFound("User pool client " + client.ClientId + " does not exist.");
        }

        return (pool, client);
    }

    private static string Param(IReadOnlyDictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && value.Length > 0 ? value : throw AwsServiceException.InvalidParameter("Missing required parameter " + name);

    private static void EnsureFlowAllowed(UserPoolClient client, string flow, bool admin)
    {
        var (allow, adminOnly, userOnly) = flow switch
        {
            "USER_SRP_AUTH" => ("ALLOW_USER_SRP_AUTH", false, false),
            "USER_PASSWORD_AUTH" => ("ALLOW_USER_PASSWORD_AUTH", false, true),
            "ADMIN_USER_PASSWORD_AUTH" or "ADMIN_NO_SRP_AUTH" => ("ALLOW_ADMIN_USER_PASSWORD_AUTH", true, false),
            "REFRESH_TOKEN_AUTH" or "REFRESH_TOKEN" => ("ALLOW_REFRESH_TOKEN_AUTH", false, false),
            "CUSTOM_AUTH" => ("ALLOW_CUSTOM_AUTH", false, false),
            "USER_AUTH" => ("ALLOW_USER_AUTH", false, false),
            _ => throw AwsServiceException.InvalidParameter("1 validation error detected: Value '" + flow + "' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set: [USER_AUTH, USER_SRP_AUTH, USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH, ADMIN_NO_SRP_AUTH, REFRESH_TOKEN_AUTH, REFRESH_TOKEN, CUSTOM_AUTH]"),
        };
        if ((adminOnly && !admin) || (userOnly && admin))
        {
            throw AwsServiceException.InvalidParameter("Initiate Auth method not supported.");
        }

        if (!client.Allows(allow))
        {
            throw AwsServiceException.InvalidParameter(flow switch
            {
                "USER_SRP_AUTH" => "USER_SRP_AUTH is not enabled for the client.",
                _ => flow + " flow not enabled for this client",
            });
        }
    }

    private JsonObject Initiate(AwsJsonRequest r, bool admin)
    {
        var (pool, client) = ClientFor(r, admin);
        var flow = r.RequiredString("AuthFlow");
        if (r.FromHostedPage)
        {
            // The hosted pages sign in with the password whatever flows the client allows, as Cognito's do.
            if (flow != "USER_PASSWORD_AUTH" || admin)
            {
                throw new InvalidOperationException("The hosted pages sign in with USER_PASSWORD_AUTH only.");
            }
        }
        else
        {
            EnsureFlowAllowed(client, flow, admin);
        }

        var parameters = r.StringMap("AuthParameters");
        if (flow is "REFRESH_TOKEN_AUTH" or "REFRESH_TOKEN")
        {
            if (client.RefreshTokenRotation)
            {
                throw AwsServiceException.InvalidParameter("Refresh token rotation is enabled for this client; use GetTokensFromRefreshToken.");
            }

            return new JsonObject { ["ChallengeParameters"] = new JsonObject(), ["AuthenticationResult"] = Refresh(pool, client, Param(parameters, "REFRESH_TOKEN"), parameters.GetValueOrDefault("SECRET_HASH"), parameters.GetValueOrDefault("DEVICE_KEY"), hashRequired: true) };
        }

        var username = Param(parameters, "USERNAME");
        SecretHash.Verify(client, parameters.GetValueOrDefault("SECRET_HASH"), username);
        var clientMetadata = r.StringMap("ClientMetadata");
        if (r.OptionalString("Session") is { } signUpSession)
        {
            return SignInAfterSignUp(pool, client, flow, username, signUpSession, clientMetadata);
        }

        var early = PrepareFirstFactor(pool, client, flow, username, parameters);
        lock (pool.Gate)
        {
            if (pool.FindUser(username) is { } user)
            {
                var session = new AuthSession
                {
                    PoolId = pool.Id,
                    ClientId = client.ClientId,
                    Username = user.Username,
                    Flow = flow,
                    DeviceKey = r.FromHostedPage ? null : parameters.GetValueOrDefault("DEVICE_KEY"),
                    ClientMetadata = clientMetadata,
                    Hosted = r.FromHostedPage,
                };
                PreAuthenticate(pool, client, user, clientMetadata);
                return flow switch
                {
                    "USER_SRP_AUTH" => StartSrp(pool, client, user, session, Param(parameters, "SRP_A"), early),
                    "CUSTOM_AUTH" => StartCustom(pool, client, user, session, parameters, early),
                    "USER_AUTH" => StartUserAuth(pool, client, user, session, parameters, early),
                    _ => PasswordSignIn(pool, client, user, session, Param(parameters, "PASSWORD"), early),
                };
            }
        }

        return MigrateUser(pool, client, flow, username, parameters, clientMetadata)
            ?? UnknownUser(pool, client, flow, username, parameters, early);
    }

    /// <summary>
    /// USER_AUTH with the Session ConfirmSignUp returned: the confirmation code stands in for the first factor. The session
    /// is used up, and must be this user's, from this client, and unexpired.
    /// </summary>
    private JsonObject SignInAfterSignUp(UserPool pool, UserPoolClient client, string flow, string username, string signUpSession, IReadOnlyDictionary<string, string> clientMetadata)
    {
        if (flow != "USER_AUTH")
        {
            throw AwsServiceException.InvalidParameter("Session is only accepted with the USER_AUTH flow.");
        }

        lock (pool.Gate)
        {
            var user = pool.FindUser(username) ?? throw AwsServiceException.NotAuthorized("Invalid session for the user.");
            var confirmed = SignUpSessions.Take(state, client, user, signUpSession, SignUpSessions.Confirmed);
            var session = new AuthSession
            {
                PoolId = pool.Id,
                ClientId = client.ClientId,
                Username = confirmed.Username,
                Flow = flow,
                ClientMetadata = clientMetadata,
                Passwordless = true,
            };
            return AfterFirstFactor(pool, client, user, session);
        }
    }

    private JsonObject PasswordSignIn(UserPool pool, UserPoolClient client, User user, AuthSession session, string password, EarlyWork early)
    {
        var correct = early.PasswordMatchesFor(user.Password) ?? UserAccounts.CheckPassword(pool, user, password);
        var key = PasswordLockout.KeyFor(user);
        if (!correct)
        {
            throw RejectPassword(pool, key);
        }

        AcceptPassword(pool, key);
        return AfterFirstFactor(pool, client, user, session);
    }

    private JsonObject Respond(AwsJsonRequest r, bool admin)
    {
        var (pool, client) = ClientFor(r, admin);
        var name = r.RequiredString("ChallengeName");
        var responses = r.StringMap("ChallengeResponses");
        var sessionId = r.OptionalString("Session");
        var session = state.AuthSessions.Take(sessionId, client.ClientId, state.Now);
        if (session.Hosted != r.FromHostedPage)
        {
            // A hosted page's session goes on only there, and an API sign-in's only through the API.
            throw AwsServiceException.NotAuthorized("Invalid session for the user.");
        }

        var username = Param(responses, "USERNAME");
        SecretHash.Verify(client, responses.GetValueOrDefault("SECRET_HASH"), username, session.Username, session.Decoy ? session.SrpName : null);

        // Checking a claim is the costliest step of a sign-in and needs only this request's own session: no lock.
        var expected = name == session.ExpectedChallenge;
        var claimValid = expected && (name is "PASSWORD_VERIFIER" or "DEVICE_PASSWORD_VERIFIER") && ClaimIsValid(session, responses);
        var early = expected && name == "DEVICE_SRP_AUTH" ? PrepareDeviceSrp(pool, session, responses) : EarlyWork.None;
        if (session.Decoy)
        {
            throw expected ? RejectPassword(pool, PasswordLockout.KeyForUnknown(pool, session.Username)) : WrongChallenge(name, session);
        }

        lock (pool.Gate)
        {
            var user = pool.Users.GetValueOrDefault(session.Username) ?? throw AwsServiceException.NotAuthorized(IncorrectCredentials);
            var selectable = session.ExpectedChallenge == "SELECT_CHALLENGE" && name is "PASSWORD" or "PASSWORD_SRP" or "EMAIL_OTP" or "SMS_OTP";
            if (!expected && !selectable && !(name == "EMAIL_MFA" && session.ExpectedChallenge == "EMAIL_OTP"))
            {
                throw WrongChallenge(name, session);
            }

            return name switch
            {
                "PASSWORD_VERIFIER" => VerifyPasswordClaim(pool, client, user, session, responses, claimValid),
                "DEVICE_SRP_AUTH" => StartDeviceSrp(client, user, session, responses, early),
                "DEVICE_PASSWORD_VERIFIER" => VerifyDeviceClaim(pool, client, user, session, claimValid),
                "NEW_PASSWORD_REQUIRED" => CompleteNewPassword(pool, client, user, session, responses),
                "SMS_MFA" or "EMAIL_OTP" or "EMAIL_MFA" or "SMS_OTP" or "SOFTWARE_TOKEN_MFA" => VerifyCode(pool, client, user, session, sessionId!, responses),
                "SELECT_MFA_TYPE" => SelectMfa(pool, client, user, session, responses),
                "MFA_SETUP" when responses.ContainsKey("EMAIL") => StartEmailMfaSetup(pool, client, user, session, responses["EMAIL"]),
                "MFA_SETUP" => session.MfaSetupVerified ? Complete(pool, client, user, session) : throw AwsServiceException.NotAuthorized("Invalid session for the user."),
                "CUSTOM_CHALLENGE" => AnswerCustom(pool, client, user, session, responses),
                "WEB_AUTHN" when session.ExpectedChallenge == "WEB_AUTHN" => VerifyPasskey(pool, client, user, session, responses),
                "SELECT_CHALLENGE" => AnswerUserAuth(pool, client, user, session, Param(responses, "ANSWER"), responses, EarlyWork.None),
                _ => AnswerUserAuth(pool, client, user, session, name, responses, EarlyWork.None),
            };
        }
    }

    private static AwsServiceException WrongChallenge(string name, AuthSession session) =>
        AwsServiceException.InvalidParameter("Invalid challenge name " + name + "; the session expects " + session.ExpectedChallenge + ".");

    /// <summary>Makes a challenge answer: stores the session under a new id and returns it with the parameters.</summary>
    private JsonObject Challenge(UserPoolClient client, AuthSession session, string name, Dictionary<string, string> parameters)
    {
        session.ExpectedChallenge = name;
        session.ExpiresAt = state.Now + client.AuthSessionValidity;
        var result = new JsonObject { ["ChallengeName"] = name, ["Session"] = state.AuthSessions.Store(session) };
        var json = new JsonObject();
        foreach (var (key, value) in parameters)
        {
            json[key] = value;
        }

        result["ChallengeParameters"] = json;
        return result;
    }
}
