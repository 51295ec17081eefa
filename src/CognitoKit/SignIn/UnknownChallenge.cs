using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// A challenge CognitoKit has no type for (a newer Cognito feature, or a passkey's <c>WEB_AUTHN</c>). Answer it by
/// name with the responses Cognito documents for it.
/// </summary>
public sealed class UnknownChallenge : SignInChallenge
{
    internal UnknownChallenge(SignInContext context, string name, string? session, IReadOnlyDictionary<string, string> parameters)
        : base(context, name, session, parameters)
    {
    }

    /// <summary>
    /// Sends <paramref name="responses"/> as the <c>ChallengeResponses</c>; <c>USERNAME</c>, <c>SECRET_HASH</c> and
    /// <c>DEVICE_KEY</c> are added when they apply and are missing.
    /// </summary>
    /// <param name="responses">The challenge responses.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next step.</returns>
    public Task<SignInStep> RespondAsync(IReadOnlyDictionary<string, string> responses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responses);
        return SendResponsesAsync(new Dictionary<string, string>(responses, StringComparer.Ordinal), cancellationToken);
    }
}
