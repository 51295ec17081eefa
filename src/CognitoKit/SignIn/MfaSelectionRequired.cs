using CognitoKit.Protocol.UserPools;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>The user has several second factors; Cognito asks which one to use now (<c>SELECT_MFA_TYPE</c>).</summary>
public sealed class MfaSelectionRequired : SignInChallenge
{
    private readonly Dictionary<MfaType, string> _offered = [];

    internal MfaSelectionRequired(SignInContext context, string? session, IReadOnlyDictionary<string, string> parameters)
        : base(context, ChallengeNameType.SelectMfaType, session, parameters)
    {
        foreach (string wire in ChallengeParameterReader.StringArray(parameters, "MFAS_CAN_CHOOSE"))
        {
            MfaType? type = wire switch
            {
                ChallengeNameType.SmsMfa => MfaType.Sms,
                ChallengeNameType.SoftwareTokenMfa => MfaType.Totp,
                ChallengeNameType.EmailOtp or "EMAIL_MFA" => MfaType.Email,
                _ => null,
            };
            if (type is { } known)
            {
                _offered.TryAdd(known, wire);
            }
        }

        Options = [.. _offered.Keys.Order()];
    }

    /// <summary>The second factors the user may choose from.</summary>
    public IReadOnlyList<MfaType> Options { get; }

    /// <summary>Chooses a second factor; Cognito then asks for its code.</summary>
    /// <param name="type">One of <see cref="Options"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next step: the chosen factor's code challenge.</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not one of <see cref="Options"/>.</exception>
    public Task<SignInStep> ChooseAsync(MfaType type, CancellationToken cancellationToken = default)
    {
        if (!_offered.TryGetValue(type, out string? wire))
        {
            throw new ArgumentException($"{type} is not one of the second factors Cognito offered ({string.Join(", ", Options)}).", nameof(type));
        }

        return SendResponsesAsync(new() { ["ANSWER"] = wire }, cancellationToken);
    }
}
