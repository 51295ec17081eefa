namespace CognitoKit.Testing;

/// <summary>
/// The three custom-authentication Lambda triggers of a pool, as .NET delegates, so a test can script
/// CUSTOM_AUTH challenges. Set them with <see cref="EmulatedUserPool.CustomAuth"/>.
/// </summary>
public sealed class CustomAuthTriggers
{
    /// <summary>Decides the next step from the challenges so far (the Define Auth Challenge trigger).</summary>
    public required Func<DefineAuthChallengeContext, DefineAuthChallengeResult> DefineAuthChallenge { get; init; }

    /// <summary>Makes the parameters of a CUSTOM_CHALLENGE (the Create Auth Challenge trigger).</summary>
    public Func<CreateAuthChallengeContext, CreateAuthChallengeResult>? CreateAuthChallenge { get; init; }

    /// <summary>Judges the user's answer (the Verify Auth Challenge Response trigger).</summary>
    public Func<VerifyAuthChallengeContext, bool>? VerifyAuthChallengeResponse { get; init; }
}
