using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// Choice-based sign-in (<c>USER_AUTH</c>) without a preferred factor: Cognito lists the first factors this user can
/// sign in with (<c>SELECT_CHALLENGE</c>); choose one.
/// </summary>
public sealed class FirstFactorSelectionRequired : SignInChallenge
{
    internal FirstFactorSelectionRequired(SignInContext context, string? session, IReadOnlyDictionary<string, string> parameters, IReadOnlyList<string> availableChallenges)
        : base(context, ChallengeNameType.SelectChallenge, session, parameters)
    {
        AvailableChallenges = availableChallenges;
        AvailableFactors = [.. availableChallenges.Select(AuthFactors.FromWire).OfType<AuthFactor>().Distinct()];
    }

    /// <summary>The first factors offered, as Cognito named them (<c>AvailableChallenges</c>).</summary>
    public IReadOnlyList<string> AvailableChallenges { get; }

    /// <summary>The offered first factors CognitoKit knows.</summary>
    public IReadOnlyList<AuthFactor> AvailableFactors { get; }

    /// <summary>
    /// Chooses a first factor. For <see cref="AuthFactor.EmailOtp"/> and <see cref="AuthFactor.SmsOtp"/> Cognito sends a
    /// code and asks for it next; for <see cref="AuthFactor.WebAuthn"/> Cognito answers with a <see cref="PasskeyRequired"/>; for the password factors, the password given to <c>SignInWithChoice(...).WithPassword</c>
    /// is used (or call <see cref="ChooseAsync(AuthFactor, string, CancellationToken)"/>).
    /// </summary>
    /// <param name="factor">One of <see cref="AvailableFactors"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next step.</returns>
    /// <exception cref="ArgumentException">The factor was not offered, or it needs a password and none was given.</exception>
    public Task<SignInStep> ChooseAsync(AuthFactor factor, CancellationToken cancellationToken = default) =>
        ChooseCoreAsync(factor, Context.Password, cancellationToken);

    /// <summary>Chooses <see cref="AuthFactor.Password"/> or <see cref="AuthFactor.PasswordSrp"/> with the password.</summary>
    /// <param name="factor">A password factor among <see cref="AvailableFactors"/>.</param>
    /// <param name="password">The user's password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next step.</returns>
    /// <exception cref="ArgumentException">The factor was not offered, or the password is empty.</exception>
    public Task<SignInStep> ChooseAsync(AuthFactor factor, string password, CancellationToken cancellationToken = default)
    {
        InputChecks.Password(password, nameof(password));
        return ChooseCoreAsync(factor, password, cancellationToken);
    }

    private Task<SignInStep> ChooseCoreAsync(AuthFactor factor, string? password, CancellationToken cancellationToken)
    {
        string wire = AuthFactors.ToWire(factor);
        if (!AvailableChallenges.Contains(wire, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{factor} is not one of the first factors Cognito offered ({string.Join(", ", AvailableChallenges)}).", nameof(factor));
        }

        if (factor is AuthFactor.Password or AuthFactor.PasswordSrp && string.IsNullOrEmpty(password))
        {
            throw new ArgumentException($"{factor} needs the password: call ChooseAsync(factor, password, ...) or SignInWithChoice(...).WithPassword(...).", nameof(factor));
        }

        return AnswerOnceAsync(() => Context.Flow.ChooseFirstFactorAsync(Context, Session, factor, password, cancellationToken));
    }
}
