using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.SignIn;

/// <summary>Custom-auth triggers that ask "What is 6 x 7?" after the password (or at once) and issue tokens for 42.</summary>
internal static class QuestionTriggers
{
    /// <summary>Sets the three custom-auth triggers on <paramref name="triggers"/>.</summary>
    public static void Use(UserPoolTriggers triggers)
    {
        triggers.DefineAuthChallenge = (e, _) =>
        {
            var session = e.Request.Session;
            if (session.Count == 0
                || (session[^1] is { ChallengeName: "SRP_A" or "PASSWORD_VERIFIER", Succeeded: true } && session.All(s => s.ChallengeName != "CUSTOM_CHALLENGE")))
            {
                e.Response.ChallengeName = "CUSTOM_CHALLENGE";
            }
            else if (session[^1] is { ChallengeName: "CUSTOM_CHALLENGE", Succeeded: true })
            {
                e.Response.IssueTokens = true;
            }
            else
            {
                e.Response.FailAuthentication = true;
            }

            return default;
        };
        triggers.CreateAuthChallenge = (e, _) =>
        {
            e.Response.PublicChallengeParameters = new() { ["question"] = "What is 6 x 7?" };
            e.Response.PrivateChallengeParameters = new() { ["answer"] = "42" };
            return default;
        };
        triggers.VerifyAuthChallengeResponse = (e, _) =>
        {
            e.Response.AnswerCorrect = e.Request.ChallengeAnswer == e.Request.PrivateChallengeParameters["answer"];
            return default;
        };
    }
}
