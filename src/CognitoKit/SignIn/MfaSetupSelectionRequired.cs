using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// The pool requires MFA and the user has none yet, and Cognito offers more than one kind to set up (<c>MFA_SETUP</c>
/// with <c>MFAS_CAN_SETUP</c>). Let the user pick one of <see cref="Options"/>: <see cref="ChooseAsync"/> returns
/// <see cref="TotpSetupRequired"/> or <see cref="EmailMfaSetupRequired"/>.
/// </summary>
/// <remarks>
/// SMS is never among <see cref="Options"/>: Cognito sets SMS MFA up only for a user who already has a phone number,
/// which only an administrator can add before sign-in (then start the sign-in again). <see cref="CanSetUp"/> shows
/// every kind Cognito listed.
/// </remarks>
public sealed class MfaSetupSelectionRequired : SignInChallenge
{
    internal MfaSetupSelectionRequired(SignInContext context, string? session, IReadOnlyDictionary<string, string> parameters, IReadOnlyList<MfaType> options)
        : base(context, ChallengeNameType.MfaSetup, session, parameters)
    {
        Options = options;
    }

    /// <summary>The second factors the user can set up now: <see cref="MfaType.Totp"/> and/or <see cref="MfaType.Email"/>.</summary>
    public IReadOnlyList<MfaType> Options { get; }

    /// <summary>Every second factor Cognito listed in <c>MFAS_CAN_SETUP</c>, as it named them.</summary>
    public IReadOnlyList<string> CanSetUp => ChallengeParameterReader.StringArray(Parameters, "MFAS_CAN_SETUP");

    /// <summary>Chooses the second factor to set up.</summary>
    /// <param name="type">One of <see cref="Options"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see cref="TotpSetupRequired"/> (after <c>AssociateSoftwareToken</c>) or <see cref="EmailMfaSetupRequired"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not one of <see cref="Options"/>.</exception>
    public Task<SignInStep> ChooseAsync(MfaType type, CancellationToken cancellationToken = default)
    {
        if (!Options.Contains(type))
        {
            throw new ArgumentException(
                $"{type} is not a second factor this sign-in can set up (it can set up: {(Options.Count == 0 ? "none" : string.Join(", ", Options))}).", nameof(type));
        }

        return AnswerOnceAsync(() => type == MfaType.Totp
            ? Context.Flow.StartTotpSetupAsync(Context, Session, Parameters, cancellationToken)
            : Task.FromResult<SignInStep>(new EmailMfaSetupRequired(Context, Session, Parameters)));
    }

    /// <summary>The kinds CognitoKit can set up during sign-in, from <c>MFAS_CAN_SETUP</c>; an empty list means TOTP.</summary>
    internal static IReadOnlyList<MfaType> Offered(IReadOnlyDictionary<string, string> parameters)
    {
        IReadOnlyList<string> listed = ChallengeParameterReader.StringArray(parameters, "MFAS_CAN_SETUP");
        if (listed.Count == 0)
        {
            return [MfaType.Totp];
        }

        var offered = new List<MfaType>();
        if (listed.Contains(ChallengeNameType.SoftwareTokenMfa, StringComparer.Ordinal))
        {
            offered.Add(MfaType.Totp);
        }

        if (listed.Any(l => l is ChallengeNameType.EmailOtp or "EMAIL_MFA"))
        {
            offered.Add(MfaType.Email);
        }

        return offered;
    }
}
