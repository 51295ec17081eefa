using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Auth;

/// <summary>CUSTOM_AUTH, driven by the pool's <see cref="CustomAuthTriggers"/> (optionally starting with SRP_A).</summary>
internal sealed partial class AuthOperations
{
    private JsonObject StartCustom(UserPool pool, UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> parameters, EarlyWork early)
    {
        var triggers = pool.CustomAuth ?? throw AwsServiceException.InvalidParameter("Custom auth lambda trigger is not configured for the user pool.");
        if (parameters.GetValueOrDefault("CHALLENGE_NAME") == "SRP_A")
        {
            var srpA = Param(parameters, "SRP_A");
            session.CustomResults.Add(new ChallengeResult("SRP_A", true));
            var decision = Define(triggers, user, session);
            if (decision.ChallengeName == "PASSWORD_VERIFIER" && !decision.IssueTokens && !decision.FailAuthentication)
            {
                return StartSrp(pool, client, user, session, srpA, early);
            }
        }

        return Decide(pool, client, user, session);
    }

    private JsonObject AnswerCustom(UserPool pool, UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> responses)
    {
        var triggers = pool.CustomAuth ?? throw AwsServiceException.InvalidParameter("Custom auth lambda trigger is not configured for the user pool.");
        var answer = Param(responses, "ANSWER");
        var verified = triggers.VerifyAuthChallengeResponse?.Invoke(new VerifyAuthChallengeContext(
            user.Username, Attributes(user), session.PrivateParameters, answer, session.ClientMetadata)) ?? false;
        session.CustomResults.Add(new ChallengeResult("CUSTOM_CHALLENGE", verified, session.ChallengeMetadata));
        return Decide(pool, client, user, session);
    }

    private JsonObject Decide(UserPool pool, UserPoolClient client, User user, AuthSession session)
    {
        var triggers = pool.CustomAuth ?? throw AwsServiceException.InvalidParameter("Custom auth lambda trigger is not configured for the user pool.");
        var decision = Define(triggers, user, session);
        if (decision.FailAuthentication)
        {
            throw AwsServiceException.NotAuthorized(IncorrectCredentials);
        }

        if (decision.IssueTokens)
        {
            return AfterFirstFactor(pool, client, user, session);
        }

        if (decision.ChallengeName != "CUSTOM_CHALLENGE")
        {
            throw new AwsServiceException("InvalidLambdaResponseException", "Unrecognizable lambda output");
        }

        var created = triggers.CreateAuthChallenge?.Invoke(new CreateAuthChallengeContext(
            user.Username, Attributes(user), "CUSTOM_CHALLENGE", [.. session.CustomResults], session.ClientMetadata))
            ?? new CreateAuthChallengeResult(new Dictionary<string, string>(), new Dictionary<string, string>());
        session.PrivateParameters = created.PrivateChallengeParameters;
        session.ChallengeMetadata = created.ChallengeMetadata;
        var parameters = new Dictionary<string, string>(created.PublicChallengeParameters) { ["USERNAME"] = user.Username };
        return Challenge(client, session, "CUSTOM_CHALLENGE", parameters);
    }

    private static DefineAuthChallengeResult Define(CustomAuthTriggers triggers, User user, AuthSession session) =>
        triggers.DefineAuthChallenge(new DefineAuthChallengeContext(user.Username, Attributes(user), [.. session.CustomResults], session.ClientMetadata));

    private static Dictionary<string, string> Attributes(User user) => new(user.Attributes, StringComparer.Ordinal);
}
