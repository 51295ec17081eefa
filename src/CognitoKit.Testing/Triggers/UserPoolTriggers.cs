namespace CognitoKit.Testing;

/// <summary>
/// A pool's Lambda triggers as .NET delegates (<see cref="EmulatedUserPool.Triggers"/>). Each handler gets Cognito's event
/// and sets its response; <see cref="TriggerWebhook.For{TEvent}"/> makes a handler that POSTs the event to a URL instead.
/// A trigger left null falls back to the ARN in the pool's <c>LambdaConfig</c> when
/// <see cref="CognitoEmulatorOptions.LambdaEndpoint"/> says where functions answer; otherwise it does not run.
/// </summary>
/// <remarks>
/// Pre sign-up, post confirmation and user migration run without holding the pool, so they may call the emulator back.
/// The others run while the emulator holds the pool: a call back to the same pool from them waits until the trigger's
/// time (<see cref="CognitoEmulatorOptions.TriggerTimeout"/>) is up.
/// </remarks>
public sealed class UserPoolTriggers
{
    /// <summary>Before SignUp and AdminCreateUser create the user; may confirm and verify the user.</summary>
    public TriggerHandler<PreSignUpEvent>? PreSignUp { get; set; }

    /// <summary>After ConfirmSignUp, AdminConfirmSignUp and ConfirmForgotPassword.</summary>
    public TriggerHandler<PostConfirmationEvent>? PostConfirmation { get; set; }

    /// <summary>Before the first factor of a sign-in is checked.</summary>
    public TriggerHandler<PreAuthenticationEvent>? PreAuthentication { get; set; }

    /// <summary>After a sign-in succeeded, before the tokens are returned.</summary>
    public TriggerHandler<PostAuthenticationEvent>? PostAuthentication { get; set; }

    /// <summary>Before tokens are issued (sign-in, refresh, hosted sign-in); may change claims, groups and (V2) scopes.</summary>
    public TriggerHandler<PreTokenGenerationEvent>? PreTokenGeneration { get; set; }

    /// <summary>
    /// The pre token generation event version. Null (the default) takes <c>LambdaConfig.PreTokenGenerationConfig.LambdaVersion</c>
    /// when the pool has one, else <see cref="CognitoKit.Testing.PreTokenGenerationVersion.V1"/>.
    /// </summary>
    public PreTokenGenerationVersion? PreTokenGenerationVersion { get; set; }

    /// <summary>Before an email or SMS with a code or temporary password goes to the inbox; may rewrite it.</summary>
    public TriggerHandler<CustomMessageEvent>? CustomMessage { get; set; }

    /// <summary>When a password sign-in or ForgotPassword names an unknown user; may create the user.</summary>
    public TriggerHandler<UserMigrationEvent>? UserMigration { get; set; }

    /// <summary>Decides each step of a CUSTOM_AUTH sign-in.</summary>
    public TriggerHandler<DefineAuthChallengeEvent>? DefineAuthChallenge { get; set; }

    /// <summary>Makes the parameters of a CUSTOM_CHALLENGE.</summary>
    public TriggerHandler<CreateAuthChallengeEvent>? CreateAuthChallenge { get; set; }

    /// <summary>Judges the answer to a CUSTOM_CHALLENGE.</summary>
    public TriggerHandler<VerifyAuthChallengeResponseEvent>? VerifyAuthChallengeResponse { get; set; }
}
