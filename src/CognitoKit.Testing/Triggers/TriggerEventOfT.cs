namespace CognitoKit.Testing;

/// <summary>A trigger event with its <c>request</c> (what Cognito tells the trigger) and <c>response</c> (what the trigger answers).</summary>
/// <typeparam name="TRequest">The request shape.</typeparam>
/// <typeparam name="TResponse">The response shape.</typeparam>
public abstract class TriggerEvent<TRequest, TResponse> : TriggerEvent
    where TRequest : class, new()
    where TResponse : class, new()
{
    private protected TriggerEvent()
    {
    }

    /// <summary>What the emulator tells the trigger.</summary>
    public TRequest Request { get; set; } = new();

    /// <summary>What the trigger answers: set its members in the handler.</summary>
    public TResponse Response { get; set; } = new();

    internal override bool TakeResponseFrom(TriggerEvent answered)
    {
        if (answered is not TriggerEvent<TRequest, TResponse> { Response: { } response })
        {
            return false;
        }

        Response = response;
        return true;
    }
}
