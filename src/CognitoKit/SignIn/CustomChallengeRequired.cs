using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// Your Create-Auth-Challenge Lambda asks a question (<c>CUSTOM_CHALLENGE</c>); its public parameters are in
/// <see cref="SignInChallenge.Parameters"/>.
/// </summary>
public sealed class CustomChallengeRequired : SignInChallenge
{
    internal CustomChallengeRequired(SignInContext context, string? session, IReadOnlyDictionary<string, string> parameters)
        : base(context, ChallengeNameType.CustomChallenge, session, parameters)
    {
    }

    /// <summary>Sends the answer (<c>ANSWER</c>), checked by your Verify-Auth-Challenge-Response Lambda.</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next step: another custom challenge, or signed in.</returns>
    public Task<SignInStep> AnswerAsync(string answer, CancellationToken cancellationToken = default) =>
        AnswerAsync(answer, new Dictionary<string, string>(), cancellationToken);

    /// <summary>Sends the answer together with extra responses your Lambda reads.</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="extraResponses">More challenge responses (not <c>USERNAME</c> or <c>SECRET_HASH</c>, which are added).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next step.</returns>
    public Task<SignInStep> AnswerAsync(string answer, IReadOnlyDictionary<string, string> extraResponses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(extraResponses);
        var responses = new Dictionary<string, string>(extraResponses, StringComparer.Ordinal) { ["ANSWER"] = answer };
        return SendResponsesAsync(responses, cancellationToken);
    }
}
