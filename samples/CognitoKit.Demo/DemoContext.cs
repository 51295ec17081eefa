using System.Diagnostics.CodeAnalysis;

namespace CognitoKit.Demo;

/// <summary>What the steps share: the world they run in, and what the story has produced so far.</summary>
internal sealed class DemoContext(DemoWorld world)
{
    public ICognitoKit Cognito => world.Cognito;

    public DemoUser User => world.User;

    public IUserCodes Codes => world.Codes;

    public CallerIdentity Sts => world.Sts;

    public bool OnEmulator => world.OnEmulator;

    public bool SignedUp { get; set; }

    public bool Confirmed { get; set; }

    /// <summary>The current signed-in session (the latest sign-in's).</summary>
    public CognitoSession? Session { get; set; }

    /// <summary>The TOTP secret of the user's authenticator, once enrolled.</summary>
    public string? TotpSecret { get; set; }

    /// <summary>The ARN STS reported for the guest's credentials.</summary>
    public string? GuestArn { get; set; }

    public bool ResetRequested { get; set; }

    public bool PasswordReset { get; set; }

    public bool Deleted { get; set; }

    /// <summary>Ends the step as skipped, saying why.</summary>
    /// <param name="reason">Why the step cannot run here.</param>
    /// <returns>Never returns.</returns>
    [DoesNotReturn]
    public static string Skip(string reason) => throw new DemoStepSkippedException(reason);

    /// <summary>Fails the step unless <paramref name="condition"/> holds.</summary>
    /// <param name="condition">What the step shows.</param>
    /// <param name="problem">What is wrong when it does not hold.</param>
    public static void Check([DoesNotReturnIf(false)] bool condition, string problem)
    {
        if (!condition)
        {
            throw new DemoCheckFailedException(problem);
        }
    }

    /// <summary>The sign-in step as the type the story expects next, or a failure naming what came instead.</summary>
    /// <typeparam name="TStep">The expected step type.</typeparam>
    /// <param name="step">The step Cognito answered with.</param>
    /// <returns>The step.</returns>
    public static TStep Expect<TStep>(SignInStep step)
        where TStep : SignInStep =>
        step as TStep ?? throw new DemoCheckFailedException(
            $"expected {typeof(TStep).Name}, but Cognito answered {(step is SignInChallenge c ? c.Name : step.GetType().Name)}");
}
