using System.Diagnostics;
using CognitoKit.Diagnostics;

namespace CognitoKit.SignIn;

/// <summary>The spans and counts of sign-in steps: one span per start and per challenge answer.</summary>
internal sealed partial class SignInFlow
{
    /// <summary>Runs <paramref name="answer"/>, the user's answer to <paramref name="challengeName"/>, in its own span and counts its outcome.</summary>
    public async Task<SignInStep> AnswerAsync(string challengeName, Func<Task<SignInStep>> answer)
    {
        if (!Telemetry.Source.HasListeners() && !Metrics.SignInSteps.Enabled)
        {
            return await answer().ConfigureAwait(false);
        }

        using Activity? activity = Telemetry.Source.StartActivity(Telemetry.ChallengeSpan);
        try
        {
            SignInStep step = await answer().ConfigureAwait(false);
            ObserveStep(activity, "answer", challengeName, step, failure: null);
            return step;
        }
        catch (Exception ex)
        {
            ObserveStep(activity, "answer", challengeName, step: null, ex);
            throw;
        }
    }

    /// <summary>
    /// Tags the span and counts the step: what it was (<c>start</c> or <c>answer</c>), its outcome (<c>signed_in</c>,
    /// <c>challenge</c>, <c>failure</c>), the challenge it answered and the one it led to, and the error code of a failure.
    /// </summary>
    private void ObserveStep(Activity? activity, string stepKind, string? answered, SignInStep? step, Exception? failure)
    {
        string outcome = failure is not null ? Telemetry.Failure : step is SignedIn ? "signed_in" : "challenge";
        string? next = (step as SignInChallenge)?.Name;
        string? errorType = failure is null ? null : Telemetry.ErrorTypeOf(failure);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(Telemetry.SignInStep, stepKind);
            activity.SetTag(Telemetry.SignInOutcome, outcome);
            activity.SetTag(Telemetry.Challenge, answered);
            activity.SetTag(Telemetry.NextChallenge, next);
            if (errorType is not null)
            {
                Telemetry.Fail(activity, errorType);
            }
        }

        if (Metrics.SignInSteps.Enabled)
        {
            var tags = new TagList
            {
                { Telemetry.SignInStep, stepKind },
                { Telemetry.SignInOutcome, outcome },
            };
            if (answered is not null)
            {
                tags.Add(Telemetry.Challenge, answered);
            }

            if (next is not null)
            {
                tags.Add(Telemetry.NextChallenge, next);
            }

            if (errorType is not null)
            {
                tags.Add(Telemetry.ErrorType, errorType);
            }

            Metrics.SignInSteps.Add(1, tags);
        }
    }
}
