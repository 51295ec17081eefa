using System.Text.Json;
using System.Text.RegularExpressions;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Tests.Contract;

namespace CognitoKit.Tests.SignIn;

/// <summary>
/// Every <c>ChallengeNameType</c> value of the Cognito model becomes something other than <see cref="UnknownChallenge"/>:
/// a typed step, an answer CognitoKit gives itself (SRP and device SRP), or, for the admin-only
/// <c>ADMIN_NO_SRP_AUTH</c>, a protocol error that says why.
/// </summary>
public sealed class ChallengeNameCoverageTests
{
    public static TheoryData<string> ModelChallengeNames()
    {
        var data = new TheoryData<string>();
        foreach (string name in ModelNames())
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>
    /// The model's <c>ChallengeNameType</c> values. The older aws-sdk models (used without shared/reference beside the
    /// repository) inline that enum away, so there the values come from the same enum as AWS's own JavaScript v3 client
    /// publishes it (installed in tests/interop by eng/test.sh before the tests run). Under CI the newest models are required.
    /// </summary>
    private static IEnumerable<string> ModelNames() =>
        ModelSources.Current.Newest
            ? ModelSources.Current.UserPools.Document.RootElement.GetProperty("shapes").GetProperty("ChallengeNameType").GetProperty("enum")
                .EnumerateArray().Select(value => value.GetString()!)
            : JavaScriptClientNames();

    private static IEnumerable<string> JavaScriptClientNames()
    {
        const string client = "tests/interop/node_modules/@aws-sdk/client-cognito-identity-provider/dist-cjs/index.js";
        var searched = new List<string>();
        foreach (DirectoryInfo dir in ModelSources.Upwards(AppContext.BaseDirectory))
        {
            string path = Path.Combine(dir.FullName, client);
            searched.Add(path);
            if (File.Exists(path))
            {
                Match block = Regex.Match(File.ReadAllText(path), @"const ChallengeNameType = \{(?<body>[^}]*)\}");
                Assert.True(block.Success, "No ChallengeNameType enum in " + path);
                return Regex.Matches(block.Groups["body"].Value, @"[A-Z_]+: ""(?<name>[A-Z_]+)""").Select(m => m.Groups["name"].Value).ToList();
            }
        }

        throw new InvalidOperationException(
            "Neither the newest models (shared/reference/aws-models) nor the JavaScript v3 client (npm ci in tests/interop) were found; looked in: "
            + string.Join(", ", searched));
    }

    [Theory]
    [MemberData(nameof(ModelChallengeNames))]
    public async Task EveryModelChallengeName_MapsToSomethingOtherThanUnknownChallenge(string name)
    {
        Outcome outcome = await OutcomeOfAsync(name);

        Assert.NotEqual(typeof(UnknownChallenge), outcome.StepType);
        Assert.True(outcome.StepType is not null || outcome.Error is CognitoProtocolException, $"{name}: {outcome}");
    }

    [Fact]
    public void TheModelListsTheChallengeNamesThisTestKnows()
    {
        var names = ModelNames().ToHashSet(StringComparer.Ordinal);

        Assert.Contains("MFA_SETUP", names);
        Assert.Contains("PASSWORD_SRP", names);
        Assert.True(names.Count >= 16, "The model lists " + names.Count + " challenge names.");
    }

    [Fact]
    public async Task PasswordChallenge_IsAnsweredWithThePassword()
    {
        var h = new SignInHarness(withSecret: true);
        h.OnRespond("PASSWORD", _ => SignInHarness.Done());
        var step = Assert.IsType<PasswordRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("PASSWORD")));

        SignInStep done = await step.AnswerAsync("An0ther!pass", default);

        Assert.False(step.UsesSrp);
        Assert.Equal("An0ther!pass", h.Responded[^1].ChallengeResponses!["PASSWORD"]);
        Assert.Equal(SignInHarness.HashOf("alice"), h.Responded[^1].ChallengeResponses!["SECRET_HASH"]);
        Assert.IsType<SignedIn>(done);
    }

    [Fact]
    public async Task PasswordSrpChallenge_SendsSrpA_ThenAnswersTheVerifierItself()
    {
        var h = new SignInHarness();
        h.OnRespond("PASSWORD_SRP", _ => new RespondToAuthChallengeResponse
        {
            ChallengeName = "PASSWORD_VERIFIER",
            Session = "session-verifier-0123456789",
            ChallengeParameters = SignInHarness.VerifierParameters("alice"),
        });
        var step = Assert.IsType<PasswordRequired>(await h.SignInReachingAsync(SignInHarness.Challenge("PASSWORD_SRP")));
        int before = h.Responded.Count;
        h.OnRespond("PASSWORD_VERIFIER", _ => SignInHarness.Done());

        SignInStep done = await step.AnswerAsync("An0ther!pass", default);

        Assert.True(step.UsesSrp);
        RespondToAuthChallengeRequest srpA = h.Responded[before];
        Assert.Equal("PASSWORD_SRP", srpA.ChallengeName);
        Assert.True(srpA.ChallengeResponses!.ContainsKey("SRP_A"));
        Assert.DoesNotContain("An0ther!pass", srpA.ChallengeResponses.Values);
        Assert.Equal("PASSWORD_VERIFIER", h.Responded[^1].ChallengeName);
        Assert.IsType<SignedIn>(done);
    }

    private static async Task<Outcome> OutcomeOfAsync(string name)
    {
        var h = new SignInHarness();
        var parameters = new Dictionary<string, string> { ["USERNAME"] = "alice" };
        switch (name)
        {
            case "MFA_SETUP":
                parameters["MFAS_CAN_SETUP"] = "[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]";
                break;
            case "SELECT_MFA_TYPE":
                parameters["MFAS_CAN_CHOOSE"] = "[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]";
                break;
        }

        try
        {
            // PASSWORD_VERIFIER is answered by CognitoKit itself (the harness's sign-in starts with it and reaches tokens);
            // device SRP challenges are answered by it too, and without a presented device they are a protocol error.
            SignInStep step = await h.SignInReachingAsync(name == "PASSWORD_VERIFIER" ? SignInHarness.Done() : SignInHarness.Challenge(name, parameters));
            return new Outcome(step.GetType(), null);
        }
        catch (Exception ex)
        {
            return new Outcome(null, ex);
        }
    }

    private sealed record Outcome(Type? StepType, Exception? Error)
    {
        public override string ToString() => StepType?.Name ?? Error?.GetType().Name + ": " + Error?.Message;
    }
}
