using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// Cognito asks for the user's password as a challenge (<c>PASSWORD</c>, or <c>PASSWORD_SRP</c> to prove it with SRP
/// without sending it). Answer with <see cref="AnswerAsync"/>; CognitoKit runs the SRP exchange itself.
/// </summary>
public sealed class PasswordRequired : SignInChallenge
{
    internal PasswordRequired(SignInContext context, string name, string? session, IReadOnlyDictionary<string, string> parameters)
        : base(context, name, session, parameters)
    {
    }

    /// <summary>Whether the password is proven with SRP (<c>PASSWORD_SRP</c>) rather than sent (<c>PASSWORD</c>).</summary>
    public bool UsesSrp => Name == ChallengeNameType.PasswordSrp;

    /// <summary>Answers with the user's password.</summary>
    /// <param name="password">The password; never logged.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The next step.</returns>
    /// <exception cref="ArgumentException"><paramref name="password"/> is empty.</exception>
    /// <exception cref="NotAuthorizedException">The password is wrong.</exception>
    public Task<SignInStep> AnswerAsync(string password, CancellationToken cancellationToken = default)
    {
        InputChecks.Password(password, nameof(password));
        return AnswerOnceAsync(() => Context.Flow.AnswerPasswordAsync(Context, Name, Session, password, cancellationToken));
    }
}
