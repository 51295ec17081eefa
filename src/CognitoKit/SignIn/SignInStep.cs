namespace CognitoKit;

/// <summary>
/// Where a sign-in stands: either <see cref="SignedIn"/> (done) or a <see cref="SignInChallenge"/> the user must answer
/// next. Branch on the type: the compiler shows every kind of step.
/// </summary>
public abstract class SignInStep
{
    private protected SignInStep()
    {
    }
}
