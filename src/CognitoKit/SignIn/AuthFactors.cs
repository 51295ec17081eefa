using CognitoKit.Protocol.UserPools;

namespace CognitoKit.SignIn;

/// <summary>Maps <see cref="AuthFactor"/> to and from Cognito's challenge names.</summary>
internal static class AuthFactors
{
    public static string ToWire(AuthFactor factor) => factor switch
    {
        AuthFactor.Password => ChallengeNameType.Password,
        AuthFactor.PasswordSrp => ChallengeNameType.PasswordSrp,
        AuthFactor.EmailOtp => ChallengeNameType.EmailOtp,
        AuthFactor.SmsOtp => ChallengeNameType.SmsOtp,
        AuthFactor.WebAuthn => ChallengeNameType.WebAuthn,
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, "Not a known first factor."),
    };

    public static AuthFactor? FromWire(string wire) => wire switch
    {
        ChallengeNameType.Password => AuthFactor.Password,
        ChallengeNameType.PasswordSrp => AuthFactor.PasswordSrp,
        ChallengeNameType.EmailOtp => AuthFactor.EmailOtp,
        ChallengeNameType.SmsOtp => AuthFactor.SmsOtp,
        ChallengeNameType.WebAuthn => AuthFactor.WebAuthn,
        _ => null,
    };
}
