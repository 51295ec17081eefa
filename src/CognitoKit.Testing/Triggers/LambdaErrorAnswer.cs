namespace CognitoKit.Testing.Triggers;

/// <summary>The body of a failed Lambda invocation (<c>errorMessage</c>, <c>errorType</c>), which a webhook answers with a non-2xx status.</summary>
internal sealed class LambdaErrorAnswer
{
    public string? ErrorMessage { get; set; }

    public string? ErrorType { get; set; }
}
