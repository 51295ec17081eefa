namespace CognitoKit.Testing.Sts;

/// <summary>An STS error, answered as query-protocol XML (<c>ErrorResponse</c>) rather than AWS JSON.</summary>
internal sealed class StsException : Exception
{
    public StsException(string code, string message, int statusCode = 400)
        : base(message)
    {
        Code = code;
        StatusCode = statusCode;
    }

    public string Code { get; }

    public int StatusCode { get; }

    public static StsException Validation(string message) => new("ValidationError", message);

    public static StsException MissingMember(string member) =>
        Validation($"1 validation error detected: Value null at '{char.ToLowerInvariant(member[0])}{member[1..]}' failed to satisfy constraint: Member must not be null");

    public static StsException SignatureDoesNotMatch(string message) => new("SignatureDoesNotMatch", message, 403);

    public static StsException IncompleteSignature(string message) => new("IncompleteSignature", message, 403);

    public static StsException InvalidClientTokenId() => new("InvalidClientTokenId", "The security token included in the request is invalid.", 403);
}
