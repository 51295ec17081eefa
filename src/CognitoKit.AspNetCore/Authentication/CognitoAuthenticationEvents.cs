namespace CognitoKit.AspNetCore;

/// <summary>Hooks into the Cognito scheme: where the token comes from, what happens once it is validated or rejected, and the challenge.</summary>
/// <remarks>Set the delegates, or derive and override the methods. Every default does nothing. The hooks take no <see cref="CancellationToken"/>: the request's token is <c>context.HttpContext.RequestAborted</c>.</remarks>
public class CognitoAuthenticationEvents
{
    /// <summary>Runs first; may set <see cref="CognitoMessageReceivedContext.Token"/> (for example from a query string) or decide the result.</summary>
    public Func<CognitoMessageReceivedContext, Task> OnMessageReceived { get; set; } = _ => Task.CompletedTask;

    /// <summary>Runs after a token passed every check; may add claims or call <c>Fail</c> to reject it after all.</summary>
    public Func<CognitoTokenValidatedContext, Task> OnTokenValidated { get; set; } = _ => Task.CompletedTask;

    /// <summary>Runs after a token was rejected; <see cref="CognitoAuthenticationFailedContext.Exception"/> says why.</summary>
    public Func<CognitoAuthenticationFailedContext, Task> OnAuthenticationFailed { get; set; } = _ => Task.CompletedTask;

    /// <summary>Runs before the <c>401</c> challenge is written; call <c>HandleResponse()</c> to write your own.</summary>
    public Func<CognitoChallengeContext, Task> OnChallenge { get; set; } = _ => Task.CompletedTask;

    /// <summary>Invokes <see cref="OnMessageReceived"/>.</summary>
    /// <param name="context">The context.</param>
    /// <returns>A task.</returns>
    public virtual Task MessageReceivedAsync(CognitoMessageReceivedContext context) => OnMessageReceived(context);

    /// <summary>Invokes <see cref="OnTokenValidated"/>.</summary>
    /// <param name="context">The context.</param>
    /// <returns>A task.</returns>
    public virtual Task TokenValidatedAsync(CognitoTokenValidatedContext context) => OnTokenValidated(context);

    /// <summary>Invokes <see cref="OnAuthenticationFailed"/>.</summary>
    /// <param name="context">The context.</param>
    /// <returns>A task.</returns>
    public virtual Task AuthenticationFailedAsync(CognitoAuthenticationFailedContext context) => OnAuthenticationFailed(context);

    /// <summary>Invokes <see cref="OnChallenge"/>.</summary>
    /// <param name="context">The context.</param>
    /// <returns>A task.</returns>
    public virtual Task ChallengeAsync(CognitoChallengeContext context) => OnChallenge(context);
}
