using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Triggers;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Auth;

/// <summary>CUSTOM_AUTH, driven by the pool's define, create and verify auth challenge triggers (optionally starting with SRP_A).</summary>
internal sealed partial class AuthOperations
{
    private JsonObject StartCustom(UserPool pool, UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> parameters, EarlyWork early)
    {
        EnsureCustomAuth(pool);
        if (parameters.GetValueOrDefault("CHALLENGE_NAME") == "SRP_A")
        {
            var srpA = Param(parameters, "SRP_A");
            session.CustomResults.Add(new ChallengeResult("SRP_A", true));
            var decision = Define(pool, client, user, session);
            if (decision.ChallengeName == "PASSWORD_VERIFIER" && !decision.IssueTokens && !decision.FailAuthentication)
            {
                return StartSrp(pool, client, user, session, srpA, early);
            }
        }

        return Decide(pool, client, user, session);
    }

    private JsonObject AnswerCustom(UserPool pool, UserPoolClient client, User user, AuthSession session, IReadOnlyDictionary<string, string> responses)
    {
        EnsureCustomAuth(pool);
        var answer = Param(responses, "ANSWER");
        var verify = new VerifyAuthChallengeResponseEvent
        {
            TriggerSource = "VerifyAuthChallengeResponse_Authentication",
            UserName = user.Username,
            Request = new VerifyAuthChallengeResponseRequest
            {
                UserAttributes = TriggerRunner.AttributesOf(user),
                PrivateChallengeParameters = new(session.PrivateParameters, StringComparer.Ordinal),
                ChallengeAnswer = answer,
                ClientMetadata = TriggerRunner.Metadata(session.ClientMetadata),
            },
        };
        var verified = TriggerRunner.Run(state, pool, pool.Triggers.VerifyAuthChallengeResponse, "VerifyAuthChallengeResponse", verify, client.ClientId)
            && verify.Response.AnswerCorrect;
        session.CustomResults.Add(new ChallengeResult("CUSTOM_CHALLENGE", verified, session.ChallengeMetadata));
        return Decide(pool, client, user, session);
    }

    private JsonObject Decide(UserPool pool, UserPoolClient client, User user, AuthSession session)
    {
        var decision = Define(pool, client, user, session);
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
            throw TriggerFailureAnswer();
        }

        var create = new CreateAuthChallengeEvent
        {
            TriggerSource = "CreateAuthChallenge_Authentication",
            UserName = user.Username,
            Request = new CreateAuthChallengeRequest
            {
                UserAttributes = TriggerRunner.AttributesOf(user),
                ChallengeName = "CUSTOM_CHALLENGE",
                Session = [.. session.CustomResults],
                ClientMetadata = TriggerRunner.Metadata(session.ClientMetadata),
            },
        };
        TriggerRunner.Run(state, pool, pool.Triggers.CreateAuthChallenge, "CreateAuthChallenge", create, client.ClientId);
        session.PrivateParameters = create.Response.PrivateChallengeParameters ?? new Dictionary<string, string>();
        session.ChallengeMetadata = create.Response.ChallengeMetadata;
        var parameters = new Dictionary<string, string>(create.Response.PublicChallengeParameters ?? [], StringComparer.Ordinal) { ["USERNAME"] = user.Username };
        return Challenge(client, session, "CUSTOM_CHALLENGE", parameters);
    }

    private DefineAuthChallengeResponse Define(UserPool pool, UserPoolClient client, User user, AuthSession session)
    {
        var define = new DefineAuthChallengeEvent
        {
            TriggerSource = "DefineAuthChallenge_Authentication",
            UserName = user.Username,
            Request = new DefineAuthChallengeRequest
            {
                UserAttributes = TriggerRunner.AttributesOf(user),
                Session = [.. session.CustomResults],
                ClientMetadata = TriggerRunner.Metadata(session.ClientMetadata),
            },
        };
        return TriggerRunner.Run(state, pool, pool.Triggers.DefineAuthChallenge, "DefineAuthChallenge", define, client.ClientId)
            ? define.Response
            : throw CustomAuthNotConfigured();
    }

    private void EnsureCustomAuth(UserPool pool)
    {
        if (!TriggerRunner.Has(state, pool, pool.Triggers.DefineAuthChallenge, "DefineAuthChallenge"))
        {
            throw CustomAuthNotConfigured();
        }
    }

    private static AwsServiceException CustomAuthNotConfigured() =>
        AwsServiceException.InvalidParameter("Custom auth lambda trigger is not configured for the user pool.");

    private static AwsServiceException TriggerFailureAnswer() => new("InvalidLambdaResponseException", "Unrecognizable lambda output");
}
