using System.Net;

namespace CognitoKit;

/// <summary>Turns an error code from the wire into its exception type.</summary>
internal static class CognitoErrorFactory
{
    /// <summary>Creates the exception for <paramref name="code"/>; an unknown code gives the base type with the code kept.</summary>
    public static CognitoException Create(string code, string message, string? requestId, HttpStatusCode status) => code switch
    {
        "NotAuthorizedException" => new NotAuthorizedException(message, requestId, status),
        "TooManyRequestsException" => new TooManyRequestsException(message, requestId, status),
        "InternalErrorException" => new InternalErrorException(message, requestId, status),
        _ => new CognitoException(code, message, requestId, status),
    };
}
