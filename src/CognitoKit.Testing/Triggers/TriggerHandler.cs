namespace CognitoKit.Testing;

/// <summary>
/// A user pool trigger as a .NET delegate: read <see cref="TriggerEvent{TRequest, TResponse}.Request"/>, set
/// <see cref="TriggerEvent{TRequest, TResponse}.Response"/>. Throwing fails the operation with
/// <c>UserLambdaValidationException</c> ("&lt;Trigger&gt; failed with error &lt;message&gt;."), as a Lambda error does.
/// </summary>
/// <typeparam name="TEvent">The trigger's event.</typeparam>
/// <param name="triggerEvent">The event; the handler edits its response.</param>
/// <param name="cancellationToken">Cancelled when the trigger's time (<see cref="CognitoEmulatorOptions.TriggerTimeout"/>) is up.</param>
/// <returns>A task that completes when the response is set.</returns>
public delegate ValueTask TriggerHandler<in TEvent>(TEvent triggerEvent, CancellationToken cancellationToken = default)
    where TEvent : TriggerEvent;
