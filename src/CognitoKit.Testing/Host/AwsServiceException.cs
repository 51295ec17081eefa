namespace CognitoKit.Testing.Host;

/// <summary>
/// An error the emulator answers with, in the service's own words: the error code goes to
/// <c>__type</c> and <c>x-amzn-ErrorType</c>, the message to <c>message</c>.
/// </summary>
internal sealed class AwsServiceException : Exception
{
    public AwsServiceException(string errorCode, string message, int statusCode = 400)
        : base(message)
    {
        ErrorCode = errorCode;
        StatusCode = statusCode;
    }

    public string ErrorCode { get; }

    public int StatusCode { get; }

    public static AwsServiceException InvalidParameter(string message) => new("InvalidParameterException", message);

    public static AwsServiceException NotAuthorized(string message) => new("NotAuthorizedException", message);

    public static AwsServiceException ResourceNotFound(string message) => new("ResourceNotFoundException", message);

    public static AwsServiceException MissingMember(string member) =>
        InvalidParameter($"1 validation error detected: Value null at '{char.ToLowerInvariant(member[0])}{member[1..]}' failed to satisfy constraint: Member must not be null");
}
