namespace CognitoKit.Testing.Triggers;

/// <summary>A trigger call that failed in a way Cognito names itself (not the trigger's own error).</summary>
internal sealed class TriggerFailure : Exception
{
    public TriggerFailure(string errorCode, string message)
        : base(message) => ErrorCode = errorCode;

    public string ErrorCode { get; }

    public static TriggerFailure Unrecognizable() => new("InvalidLambdaResponseException", "Unrecognizable lambda output");

    public static TriggerFailure Unreachable(string triggerName, string reason) =>
        new("UnexpectedLambdaException", triggerName + " invocation failed due to error " + reason + ".");
}
