namespace CognitoKit.Protocol;

/// <summary>
/// One operation of a Cognito service: its wire name, whether it is SigV4-signed, and whether repeating it after an
/// unknown outcome (network fault, timeout, server error) is safe.
/// </summary>
/// <remarks>
/// Throttling (<c>TooManyRequestsException</c>) is retried for every operation: Cognito refused the call before doing
/// anything. A network fault or a 5xx leaves the outcome unknown, so only operations whose repetition has no further
/// effect are retried then. A challenge answer whose session may already be spent, or a call that sends a message or
/// consumes a code, is never repeated blindly.
/// </remarks>
/// <param name="Name">The operation name as in the model, for example <c>InitiateAuth</c>.</param>
/// <param name="Signed">Whether the operation needs SigV4 (the <c>Admin*</c> operations).</param>
/// <param name="SafeToRepeat">Whether a retry after an unknown outcome is safe.</param>
internal sealed record CognitoOperation(string Name, bool Signed, bool SafeToRepeat);
