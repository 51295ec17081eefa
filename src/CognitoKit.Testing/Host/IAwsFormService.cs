namespace CognitoKit.Testing.Host;

/// <summary>
/// A service spoken in the AWS query protocol (form-encoded body with <c>Action</c>, XML answer), such as STS.
/// The host offers it every POST that carries no <c>X-Amz-Target</c> and a form-encoded body.
/// </summary>
internal interface IAwsFormService
{
    /// <summary>
    /// Answers the request when it is this service's (e.g. by <c>Action</c>); returns false to let the next service try.
    /// </summary>
    ValueTask<bool> TryHandleAsync(HttpContext context, IReadOnlyDictionary<string, string> form, string requestId, CancellationToken cancellationToken);
}
