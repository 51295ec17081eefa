using CognitoKit.Errors;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// Something Cognito asks before it signs the user in: a code, a choice, a new password. Answer it with the method of
/// its concrete type; the answer returns the next <see cref="SignInStep"/>. Each challenge is single-use.
/// </summary>
/// <remarks>
/// A wrong code or a refused new password leaves the challenge open so the user can try again; any other answer uses
/// it up, and answering again throws <see cref="ChallengeAlreadyAnsweredException"/>.
/// </remarks>
public abstract class SignInChallenge : SignInStep
{
    private const int Open = 0;
    private const int Answering = 1;
    private const int Answered = 2;
    private int _state;

    private protected SignInChallenge(SignInContext context, string name, string? session, IReadOnlyDictionary<string, string> parameters)
    {
        Context = context;
        Name = name;
        Session = session;
        Parameters = parameters;
    }

    /// <summary>Cognito's name for the challenge, such as <c>SMS_MFA</c> or <c>NEW_PASSWORD_REQUIRED</c>.</summary>
    public string Name { get; }

    /// <summary>The username Cognito knows the user by (with email sign-in, not the email address).</summary>
    public string Username => Context.Username;

    /// <summary>The challenge parameters exactly as Cognito sent them.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>Whether the challenge has been answered (it cannot be answered again).</summary>
    public bool IsAnswered => Volatile.Read(ref _state) == Answered;

    private protected SignInContext Context { get; }

    private protected string? Session { get; }

    /// <summary>Sends <paramref name="responses"/> (plus <c>USERNAME</c>, <c>SECRET_HASH</c> and <c>DEVICE_KEY</c>) for this challenge.</summary>
    private protected Task<SignInStep> SendResponsesAsync(Dictionary<string, string> responses, CancellationToken cancellationToken) =>
        AnswerOnceAsync(() => Context.Flow.RespondAsync(Context, Name, Session, responses, cancellationToken));

    /// <summary>Runs <paramref name="answer"/> unless the challenge was answered, or is being answered, already.</summary>
    private protected async Task<SignInStep> AnswerOnceAsync(Func<Task<SignInStep>> answer)
    {
        if (Interlocked.CompareExchange(ref _state, Answering, Open) != Open)
        {
            throw new ChallengeAlreadyAnsweredException(Name);
        }

        try
        {
            SignInStep next = await Context.Flow.AnswerAsync(Name, answer).ConfigureAwait(false);
            Volatile.Write(ref _state, Answered);
            return next;
        }
        catch (Exception ex) when (ex is CodeMismatchException or InvalidPasswordException or PasswordHistoryPolicyViolationException or OperationCanceledException)
        {
            // Cognito keeps the session for another try after a wrong code or a refused password.
            Volatile.Write(ref _state, Open);
            throw;
        }
        catch
        {
            Volatile.Write(ref _state, Answered);
            throw;
        }
    }

    /// <summary>Names the challenge without its session or parameters' values.</summary>
    /// <returns>The type and challenge name.</returns>
    public override string ToString() => $"{GetType().Name} {{ Name = {Name}, Username = {Username} }}";
}
